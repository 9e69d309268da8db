/**
 * Validation of `faults`, the timed fault timeline: `crash`, `slow` and `errors`
 * on a node, `latency` on an edge, `partition` of an edge or of a node's edges,
 * `cache-flush` of a cache. The other types DESIGN.md lists are rejected as not
 * supported yet rather than silently ignored.
 */
import {
  at,
  checkOneOf,
  checkString,
  expectObj,
  report,
  requireNumber,
  type Collector,
  type Obj,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { Fault, ScenarioEdge } from './types.ts';
import type { GraphNode } from './validateGraph.ts';

const FAULT_TYPES = [
  'crash',
  'slow',
  'errors',
  'latency',
  'partition',
  'cache-flush',
  'shard-down',
  'replica-lag',
  'traffic-spike',
  'hot-key',
] as const;
/** Fault types DESIGN.md names that later versions will simulate: none left. */
const LATER_FAULT_TYPES: readonly string[] = [];

type Nodes = ReadonlyMap<string | undefined, GraphNode> | undefined;

/**
 * Validate `faults` (absent = none). Targets must exist (checked when nodes and
 * edges are known), faults start before the run ends, and two faults on the same
 * node or edge may not overlap. An empty list comes back as `{ value: undefined }`.
 */
export function validateFaults(
  c: Collector,
  value: unknown,
  nodes: readonly GraphNode[] | undefined,
  runMs: number | undefined,
  edges: readonly ScenarioEdge[] | undefined = undefined,
): { value: Fault[] | undefined } | undefined {
  if (value === undefined) return { value: undefined };
  if (!Array.isArray(value)) return report(c, 'faults', 'must be an array');
  if (value.length > LIMITS.maxFaults) {
    return report(c, 'faults', `has ${value.length} faults; at most ${LIMITS.maxFaults}`);
  }
  const byId: Nodes = nodes === undefined ? undefined : new Map(nodes.map((n) => [n.id, n]));
  const faults = value.map((item: unknown, i) =>
    validateFault(c, item, `faults[${i}]`, byId, edges, runMs),
  );
  if (faults.some((f) => f === undefined)) return undefined;
  const valid = faults.filter((f) => f !== undefined);
  if (!checkOverlaps(c, valid)) return undefined;
  return { value: valid.length === 0 ? undefined : valid };
}

function validateFault(
  c: Collector,
  value: unknown,
  path: string,
  byId: Nodes,
  edges: readonly ScenarioEdge[] | undefined,
  runMs: number | undefined,
): Fault | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const type = checkOneOf(c, obj.type, at(path, 'type'), FAULT_TYPES, LATER_FAULT_TYPES);
  if (type === undefined) return undefined;
  const where = checkSubject(c, obj, path, type, byId, edges);
  const atMs = requireNumber(c, obj, 'atMs', path, { min: 0, max: LIMITS.maxDurationMs });
  const durationMs =
    type === 'cache-flush'
      ? 0
      : requireNumber(c, obj, 'durationMs', path, { above: 0, max: LIMITS.maxDurationMs });
  if (atMs !== undefined && runMs !== undefined && atMs >= runMs) {
    return report(c, at(path, 'atMs'), `must be less than durationMs (${runMs}) (got ${atMs})`);
  }
  const factor =
    type === 'slow'
      ? requireNumber(c, obj, 'factor', path, { above: 1, max: 1000 })
      : type === 'replica-lag' || type === 'traffic-spike'
        ? requireNumber(c, obj, 'factor', path, { above: 0, max: 1000 })
        : 1;
  const hotShare =
    type === 'hot-key' ? requireNumber(c, obj, 'hotShare', path, { above: 0, max: 1 }) : 0;
  const hotKeys =
    type === 'hot-key' && obj.hotKeys !== undefined
      ? requireNumber(c, obj, 'hotKeys', path, { integer: true, min: 1, max: 1e9 })
      : 1;
  if (hotShare === undefined || hotKeys === undefined) return undefined;
  const probability =
    type === 'errors' ? requireNumber(c, obj, 'probability', path, { above: 0, max: 1 }) : 1;
  const addMs =
    type === 'latency'
      ? requireNumber(c, obj, 'addMs', path, { above: 0, max: LIMITS.maxDurationMs })
      : 0;
  if (where === undefined || atMs === undefined || durationMs === undefined) return undefined;
  if (factor === undefined || probability === undefined || addMs === undefined) return undefined;
  switch (type) {
    case 'cache-flush':
      return 'target' in where ? { type, target: where.target, atMs } : undefined;
    case 'crash':
      return 'target' in where ? { type, target: where.target, atMs, durationMs } : undefined;
    case 'slow':
      return 'target' in where
        ? { type, target: where.target, atMs, durationMs, factor }
        : undefined;
    case 'errors':
      return 'target' in where
        ? { type, target: where.target, atMs, durationMs, probability }
        : undefined;
    case 'latency':
      return 'from' in where
        ? { type, from: where.from, to: where.to, atMs, durationMs, addMs }
        : undefined;
    case 'partition':
      return { type, ...where, atMs, durationMs };
    case 'shard-down':
      return 'target' in where ? { type, target: where.target, atMs, durationMs } : undefined;
    case 'replica-lag':
    case 'traffic-spike':
      return 'target' in where
        ? { type, target: where.target, atMs, durationMs, factor }
        : undefined;
    case 'hot-key':
      if (!('target' in where)) return undefined;
      return {
        type,
        target: where.target,
        atMs,
        durationMs,
        hotShare,
        ...(obj.hotKeys === undefined ? {} : { hotKeys }),
      };
  }
}

/** What the fault acts on: a node (`target`) or an edge (`from`, `to`), as its type allows. */
function checkSubject(
  c: Collector,
  obj: Obj,
  path: string,
  type: (typeof FAULT_TYPES)[number],
  byId: Nodes,
  edges: readonly ScenarioEdge[] | undefined,
): { target: string } | { from: string; to: string } | undefined {
  const asNode = (kinds: readonly string[], why: string) => {
    const target = checkTarget(c, obj, path, byId, kinds, why);
    return target === undefined ? undefined : { target };
  };
  switch (type) {
    case 'crash':
      return asNode(NOT_CLIENT, 'clients cannot crash');
    case 'slow':
      return asNode(WORKERS, 'only services and databases can be slowed');
    case 'errors':
      return asNode(WORKERS, 'only services and databases fail requests');
    case 'cache-flush':
      return asNode(['cache'], 'only caches can be flushed');
    case 'shard-down':
      return asNode(['database'], 'only databases are shards');
    case 'replica-lag':
      return asNode(['database'], 'only databases have replicas');
    case 'traffic-spike':
    case 'hot-key':
      return asNode(['client'], 'only clients send requests');
    case 'latency':
      return checkEdge(c, obj, path, edges);
    case 'partition':
      if (obj.target === undefined) return checkEdge(c, obj, path, edges);
      if (obj.from !== undefined || obj.to !== undefined) {
        return report(c, path, 'name either a node (target) or an edge (from, to), not both');
      }
      return asNode(ALL, '');
  }
}

const ALL = ['client', 'load-balancer', 'service', 'cache', 'shard-router', 'database', 'queue'];
const NOT_CLIENT = ALL.filter((k) => k !== 'client');
const WORKERS = ['service', 'database'];

/** `target`: an existing node of one of `kinds`. */
function checkTarget(
  c: Collector,
  obj: Obj,
  path: string,
  byId: Nodes,
  kinds: readonly string[],
  why: string,
): string | undefined {
  const p = at(path, 'target');
  if (obj.target === undefined) return report(c, p, 'is required');
  const id = checkString(c, obj.target, p, LIMITS.maxIdLength);
  if (id === undefined || byId === undefined) return id;
  const node = byId.get(id);
  if (node === undefined) return report(c, p, `no node has id ${JSON.stringify(id)}`);
  if (node.kind !== undefined && !kinds.includes(node.kind)) {
    const article = /^[aeiou]/.test(node.kind) ? 'an' : 'a';
    return report(c, p, `${JSON.stringify(id)} is ${article} ${node.kind}; ${why}`);
  }
  return id;
}

/** `from` and `to`: an existing edge. */
function checkEdge(
  c: Collector,
  obj: Obj,
  path: string,
  edges: readonly ScenarioEdge[] | undefined,
): { from: string; to: string } | undefined {
  const from =
    obj.from === undefined
      ? report(c, at(path, 'from'), 'is required')
      : checkString(c, obj.from, at(path, 'from'), LIMITS.maxIdLength);
  const to =
    obj.to === undefined
      ? report(c, at(path, 'to'), 'is required')
      : checkString(c, obj.to, at(path, 'to'), LIMITS.maxIdLength);
  if (from === undefined || to === undefined) return undefined;
  if (edges !== undefined && !edges.some((e) => e.from === from && e.to === to)) {
    return report(c, path, `there is no edge ${from} → ${to}`);
  }
  return { from, to };
}

/** What a fault acts on: a node id, or `from→to` for an edge. */
function subject(f: Fault): string {
  return 'target' in f ? f.target : `${f.from}→${f.to}`;
}

/** Two faults on the same node or edge may not overlap in time. */
function checkOverlaps(c: Collector, faults: readonly Fault[]): boolean {
  const span = (f: Fault): number => ('durationMs' in f ? f.durationMs : 0);
  const order = faults.map((_, i) => i);
  order.sort((a, b) => {
    const fa = faults[a]!;
    const fb = faults[b]!;
    const sa = subject(fa);
    const sb = subject(fb);
    return sa < sb ? -1 : sa > sb ? 1 : fa.atMs - fb.atMs || a - b;
  });
  let ok = true;
  let cover: number | undefined; // the fault of this subject that ends last so far
  for (const j of order) {
    const next = faults[j]!;
    const open = cover === undefined ? undefined : faults[cover];
    if (open === undefined || subject(open) !== subject(next)) {
      cover = j;
      continue;
    }
    const end = open.atMs + span(open);
    if (next.atMs < end) {
      ok = false;
      const [first, later] = cover! < j ? [cover!, j] : [j, cover!];
      report(
        c,
        `faults[${later}]`,
        `overlaps faults[${first}] (both affect ${JSON.stringify(subject(next))} at once)`,
      );
    }
    if (next.atMs + span(next) > end) cover = j;
  }
  return ok;
}
