/**
 * Validation of `edits`, the parameter changes recorded during a run. Each
 * edit names an existing node or edge, changes only live-editable fields
 * (`liveEditFields.ts`), takes effect within the run, and every new value
 * passes the very rules of the field it replaces: the node (or edge) with the
 * edit written in is validated again and its problems are reported at
 * `edits[i].set.<field>`.
 */
import {
  at,
  createCollector,
  expectObj,
  report,
  requireNumber,
  type Collector,
  type Obj,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import {
  EDGE_LIVE_FIELDS,
  LIVE_EDIT_FIELDS,
  NULLABLE_FIELDS,
  applyEditValues,
  isKeyStrategy,
  type LiveEditField,
} from './liveEditFields.ts';
import type { ParamEdit, ParamEditValues, Scenario, ScenarioEdge, ScenarioNode } from './types.ts';
import { validateEdge } from './validateEdge.ts';
import { validateNode } from './validateNode.ts';

/** Edits a scenario may carry at most. */
export const MAX_EDITS = 1000;

interface Context {
  readonly nodes: readonly ScenarioNode[];
  readonly edges: readonly ScenarioEdge[];
  readonly durationMs: number;
  readonly rules: Scenario['rules'];
}

/** Validate `edits` (absent = none) against the validated nodes and edges; `[]` comes back as absent. */
export function validateEdits(
  c: Collector,
  value: unknown,
  ctx: Context | undefined,
): { value: ParamEdit[] | undefined } | undefined {
  if (value === undefined) return { value: undefined };
  if (!Array.isArray(value)) return report(c, 'edits', 'must be an array');
  if (value.length > MAX_EDITS)
    return report(c, 'edits', `has ${value.length} edits; at most ${MAX_EDITS}`);
  if (ctx === undefined) return undefined; // nodes or edges invalid: reported there
  const edits = value.map((item: unknown, i) => validateEdit(c, item, `edits[${i}]`, ctx));
  if (edits.some((e) => e === undefined)) return undefined;
  const valid = edits.filter((e) => e !== undefined);
  return { value: valid.length === 0 ? undefined : valid };
}

function validateEdit(c: Collector, value: unknown, path: string, ctx: Context) {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const atMs = requireNumber(c, obj, 'atMs', path, { min: 0, max: LIMITS.maxDurationMs });
  if (atMs !== undefined && atMs >= ctx.durationMs)
    return report(
      c,
      at(path, 'atMs'),
      `must be less than durationMs (${ctx.durationMs}) (got ${atMs})`,
    );
  const hasNode = obj.node !== undefined;
  if (hasNode === (obj.edge !== undefined))
    return report(c, path, 'needs either "node" (an id) or "edge" ({ "from", "to" }), not both');
  const set = hasNode ? checkNodeEdit(c, obj, path, ctx) : checkEdgeEdit(c, obj, path, ctx);
  if (set === undefined || atMs === undefined) return undefined;
  return hasNode
    ? { atMs, node: obj.node as string, set }
    : { atMs, edge: obj.edge as { from: string; to: string }, set };
}

function checkNodeEdit(c: Collector, obj: Obj, path: string, ctx: Context) {
  const i = ctx.nodes.findIndex((n) => n.id === obj.node);
  const node = ctx.nodes[i];
  if (node === undefined)
    return report(c, at(path, 'node'), `names no node (got ${describeId(obj.node)})`);
  const table = LIVE_EDIT_FIELDS[node.kind];
  const set = checkSet(c, obj.set, at(path, 'set'), table, `a ${node.kind}`);
  if (set === undefined || !checkNodeRules(c, node, set, at(path, 'set'), ctx)) return undefined;
  const sub = createCollector();
  const merged = validateNode(sub, applyEditValues(node, set, table), `nodes[${i}]`);
  if (!relocate(c, sub, `nodes[${i}]`, at(path, 'set'), set, table)) return undefined;
  return merged === undefined ? undefined : restoreValues(merged, set, table);
}

function checkEdgeEdit(c: Collector, obj: Obj, path: string, ctx: Context) {
  const ref = expectObj(c, obj.edge, at(path, 'edge'));
  if (ref === undefined) return undefined;
  const i = ctx.edges.findIndex((e) => e.from === ref.from && e.to === ref.to);
  const edge = ctx.edges[i];
  if (edge === undefined)
    return report(
      c,
      at(path, 'edge'),
      `names no edge (got ${describeId(ref.from)} → ${describeId(ref.to)})`,
    );
  const set = checkSet(c, obj.set, at(path, 'set'), EDGE_LIVE_FIELDS, 'an edge');
  if (set === undefined) return undefined;
  for (const field of ['timeoutMs', 'retry'] as const) {
    if (set[field] !== undefined && edge.policy === undefined)
      return report(
        c,
        at(at(path, 'set'), field),
        'only applies to an edge that has a policy (give the edge its policy before the run)',
      );
  }
  const sub = createCollector();
  const merged = validateEdge(sub, applyEditValues(edge, set, EDGE_LIVE_FIELDS), `edges[${i}]`);
  if (!relocate(c, sub, `edges[${i}]`, at(path, 'set'), set, EDGE_LIVE_FIELDS)) return undefined;
  return merged === undefined ? undefined : restoreValues(merged, set, EDGE_LIVE_FIELDS);
}

/** `set` must be a non-empty object of fields live-editable on the subject. */
function checkSet(
  c: Collector,
  value: unknown,
  path: string,
  table: Partial<Record<LiveEditField, readonly string[]>>,
  what: string,
): ParamEditValues | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const known = Object.keys(table);
  const keys = Object.keys(obj);
  if (keys.length === 0) return report(c, path, 'changes nothing (give at least one field)');
  let ok = true;
  for (const key of keys) {
    if (!known.includes(key)) {
      const list = known.length === 0 ? 'none' : known.join(', ');
      ok =
        report(
          c,
          at(path, key),
          `cannot change during a run on ${what} (live-editable: ${list})`,
        ) ?? false;
    } else if (obj[key] === null && !NULLABLE_FIELDS.includes(key as LiveEditField)) {
      ok =
        report(c, at(path, key), 'may not be null (only queueCapacity and latencyMs may)') ?? false;
    }
  }
  return ok ? obj : undefined;
}

/** Rules beyond the field's own: a client's rate needs a fixed rate; scaled services keep their instances. */
function checkNodeRules(
  c: Collector,
  node: ScenarioNode,
  set: ParamEditValues,
  path: string,
  ctx: Context,
): boolean {
  if (node.kind === 'client' && set.ratePerSec !== undefined) {
    const type = node.arrival.type;
    if (type !== 'poisson' && type !== 'constant')
      return (
        report(
          c,
          at(path, 'ratePerSec'),
          `only applies to a poisson or constant arrival (this one is ${type})`,
        ) ?? false
      );
  }
  if (node.kind === 'load-balancer' && set.strategy !== undefined) {
    const from = node.strategy;
    const to = String(set.strategy);
    if (isKeyStrategy(from) || isKeyStrategy(to))
      return (
        report(
          c,
          at(path, 'strategy'),
          `cannot switch live between "${from}" and "${to}": key strategies (key-hash, consistent-hash, maglev) decide whether clients draw keys, so change them before the run`,
        ) ?? false
      );
  }
  if (node.kind === 'service' && set.instances !== undefined && isScaled(node, ctx))
    return (
      report(
        c,
        at(path, 'instances'),
        "cannot change here: the autoscaler or an alert rule drives this service's instances",
      ) ?? false
    );
  return true;
}

function isScaled(node: Extract<ScenarioNode, { kind: 'service' }>, ctx: Context): boolean {
  if (node.autoscaling !== undefined) return true;
  return (ctx.rules ?? []).some(
    (r) => 'guide' in r || (r.actions ?? []).some((a) => a.type === 'scale' && a.node === node.id),
  );
}

/** Move the re-validation's problems to `edits[i].set.<field>`; false when there were any. */
function relocate(
  c: Collector,
  sub: Collector,
  from: string,
  to: string,
  set: ParamEditValues,
  table: Partial<Record<LiveEditField, readonly string[]>>,
): boolean {
  for (const e of sub.errors) {
    const field = Object.keys(set).find((k) => {
      const p = `${from}.${(table[k as LiveEditField] ?? []).join('.')}`;
      return e.path === p || e.path.startsWith(`${p}.`) || e.path.startsWith(`${p}[`);
    });
    if (field === undefined) report(c, to, `${e.path}: ${e.message}`);
    else {
      const p = `${from}.${(table[field as LiveEditField] ?? []).join('.')}`;
      report(c, `${to}.${field}${e.path.slice(p.length)}`, e.message);
    }
  }
  return sub.errors.length === 0;
}

/** The edited fields as the validator restored them (a removed field: null). */
function restoreValues(
  validated: ScenarioNode | ScenarioEdge,
  set: ParamEditValues,
  table: Partial<Record<LiveEditField, readonly string[]>>,
): ParamEditValues {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(set)) {
    let v: unknown = validated;
    for (const k of table[key as LiveEditField] ?? [])
      v = (v as Record<string, unknown> | undefined)?.[k];
    out[key] = v ?? null;
  }
  return out;
}

function describeId(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}
