/**
 * Which fields may change during a run (a live edit), per node kind and on
 * edges, and where each lives in the node or edge. Everything else — adding or
 * removing nodes and edges, kinds, strategies, keys, policies — restarts the run.
 */
import { SCENARIO_DEFAULTS } from './defaults.ts';
import type { ParamEditValues, ScenarioEdge, ScenarioNode, ScenarioNodeKind } from './types.ts';

/** A live-editable field: its name in `set` and its path in the node or edge. */
export type LiveEditField = keyof ParamEditValues;

type FieldPaths = Partial<Record<LiveEditField, readonly string[]>>;

/** Live-editable fields of each node kind, with their paths in the node. */
export const LIVE_EDIT_FIELDS: Readonly<Record<ScenarioNodeKind, FieldPaths>> = {
  client: { ratePerSec: ['arrival', 'ratePerSec'], readRatio: ['workload', 'readRatio'] },
  'load-balancer': { strategy: ['strategy'] },
  service: {
    workers: ['workers'],
    instances: ['instances'],
    queueCapacity: ['queueCapacity'],
    serviceTimeMs: ['serviceTimeMs'],
    errorRate: ['errorRate'],
  },
  cache: {},
  'shard-router': {},
  database: {
    workers: ['workers'],
    queueCapacity: ['queueCapacity'],
    readTimeMs: ['readTimeMs'],
    writeTimeMs: ['writeTimeMs'],
  },
  queue: {},
};

/** Live-editable fields of an edge. */
export const EDGE_LIVE_FIELDS: FieldPaths = {
  latencyMs: ['latencyMs'],
  timeoutMs: ['policy', 'timeoutMs'],
  retry: ['policy', 'retry'],
};

/** Whether a balancer strategy hashes keys (such a switch cannot be made live). */
export function isKeyStrategy(strategy: string): boolean {
  return strategy === 'key-hash' || strategy === 'consistent-hash' || strategy === 'maglev';
}

/** Fields whose `null` means "back to the default" (unbounded, none). */
export const NULLABLE_FIELDS: readonly LiveEditField[] = [
  'queueCapacity',
  'latencyMs',
  'timeoutMs',
  'retry',
];

/** The live-editable field at `path` of a node of `kind` (or of an edge: `kind` null), or undefined. */
export function getLiveEditField(
  kind: ScenarioNodeKind | null,
  path: readonly (string | number)[],
): LiveEditField | undefined {
  const table = kind === null ? EDGE_LIVE_FIELDS : LIVE_EDIT_FIELDS[kind];
  const key = path.join('.');
  // The field itself, or a part of it (`policy.retry.maxAttempts` is part of `retry`).
  const entry = Object.entries(table).find(
    ([, p]) => key === p.join('.') || key.startsWith(`${p.join('.')}.`),
  );
  return entry?.[0] as LiveEditField | undefined;
}

/**
 * A node or edge with `set` written in at the fields' paths (`null` removes the
 * field: its default applies). Pure; the input is not changed.
 */
export function applyEditValues<T extends ScenarioNode | ScenarioEdge>(
  subject: T,
  set: ParamEditValues,
  table: FieldPaths,
): T {
  let out: Record<string, unknown> = { ...subject };
  // A client without a workload has the default one: the edit starts from it.
  if ('kind' in subject && subject.kind === 'client' && subject.workload === undefined)
    out.workload = SCENARIO_DEFAULTS.workload;
  for (const [field, value] of Object.entries(set)) {
    const path = table[field as LiveEditField];
    if (path !== undefined) out = writeAt(out, path, value);
  }
  // A strategy switch drops the one strategy-specific field a live switch can leave behind.
  if (set.strategy !== undefined && set.strategy !== 'least-response-time') delete out.ewmaDecayMs;
  return out as T;
}

function writeAt(obj: Record<string, unknown>, path: readonly string[], value: unknown) {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const out = { ...obj };
  if (rest.length > 0) {
    const inner = out[head];
    out[head] = writeAt(
      typeof inner === 'object' && inner !== null ? { ...inner } : {},
      rest,
      value,
    );
  } else if (value === null) delete out[head];
  else out[head] = value;
  return out;
}
