/**
 * What differs between two scenarios, field by field, in the format's own path
 * style (`nodes[1].strategy`, with the node's id alongside), so the A/B table
 * can say exactly which change the difference in numbers is due to.
 */
import type { Scenario } from '../scenarioAccess.ts';

/** One field that differs; a value is `undefined` where the field is absent on that side. */
export interface FieldDifference {
  /** Path in the scenario, e.g. `nodes[1].strategy` or `edges[0].policy.timeoutMs`. */
  readonly path: string;
  /** The node or edge the field belongs to, e.g. `lb` or `users→lb`, when it belongs to one. */
  readonly owner: string | null;
  readonly a: unknown;
  readonly b: unknown;
}

/** Top-level fields that describe rather than configure a run. */
const IGNORED = new Set(['name', 'description']);
/** Drawing positions change nothing in the numbers. */
const LAYOUT_FIELDS = new Set(['x', 'y']);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function ownerOf(scenario: Scenario, path: string): string | null {
  const match = /^(nodes|edges)\[(\d+)\]/.exec(path);
  if (!match) return null;
  const index = Number(match[2]);
  if (match[1] === 'nodes') return scenario.nodes[index]?.id ?? null;
  const edge = scenario.edges[index];
  return edge ? `${edge.from}→${edge.to}` : null;
}

function walk(a: unknown, b: unknown, path: string, out: [string, unknown, unknown][]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (LAYOUT_FIELDS.has(key) || (path === '' && IGNORED.has(key))) continue;
      walk(a[key], b[key], path === '' ? key : `${path}.${key}`, out);
    }
    return;
  }
  out.push([path, a, b]);
}

/** Every field whose value differs between `a` and `b` (names, descriptions and positions aside). */
export function diffScenarios(a: Scenario, b: Scenario): FieldDifference[] {
  const raw: [string, unknown, unknown][] = [];
  walk(a, b, '', raw);
  return raw.map(([path, va, vb]) => ({
    path,
    owner: ownerOf(b, path) ?? ownerOf(a, path),
    a: va,
    b: vb,
  }));
}

/** A field value for a table cell: JSON, or `—` when absent. */
export function formatFieldValue(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value);
}
