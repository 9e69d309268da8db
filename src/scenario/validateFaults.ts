/**
 * Validation of `faults`, the timed fault timeline. This version simulates
 * `crash` (a node is down for a while); the other types DESIGN.md lists are
 * rejected as not supported yet rather than silently ignored.
 */
import {
  at,
  checkOneOf,
  checkString,
  expectObj,
  report,
  requireField,
  requireNumber,
  type Collector,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { Fault } from './types.ts';
import type { GraphNode } from './validateGraph.ts';

const FAULT_TYPES = ['crash', 'slow'] as const;
/** Fault types DESIGN.md names that later versions will simulate. */
const LATER_FAULT_TYPES = [
  'errors',
  'latency',
  'partition',
  'cache-flush',
  'hot-key',
  'traffic-spike',
  'shard-down',
  'replica-lag',
];

/**
 * Validate `faults` (absent = none): each crash names an existing node that is
 * not a client (checked when `nodes` is known), starts before the run ends (`durationMs`, when known) and lasts
 * > 0 ms; two crashes of one node may not overlap. An empty list comes back as
 * `{ value: undefined }` (nothing to keep); `undefined` means a problem was reported.
 */
export function validateFaults(
  c: Collector,
  value: unknown,
  nodes: readonly GraphNode[] | undefined,
  runMs: number | undefined,
): { value: Fault[] | undefined } | undefined {
  if (value === undefined) return { value: undefined };
  if (!Array.isArray(value)) return report(c, 'faults', 'must be an array');
  if (value.length > LIMITS.maxFaults) {
    return report(c, 'faults', `has ${value.length} faults; at most ${LIMITS.maxFaults}`);
  }
  // Without a readable node list, targets cannot be checked (its problem is reported already).
  const byId = nodes === undefined ? undefined : new Map(nodes.map((n) => [n.id, n]));
  const faults = value.map((item: unknown, i) =>
    validateFault(c, item, `faults[${i}]`, byId, runMs),
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
  byId: ReadonlyMap<string | undefined, GraphNode> | undefined,
  runMs: number | undefined,
): Fault | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const type = checkOneOf(c, obj.type, at(path, 'type'), FAULT_TYPES, LATER_FAULT_TYPES);
  if (type === undefined) return undefined;
  const target = requireField(c, obj, 'target', path, (cc, v, p) => {
    const id = checkString(cc, v, p, LIMITS.maxIdLength);
    if (id === undefined || byId === undefined) return id;
    const node = byId.get(id);
    if (node === undefined) return report(cc, p, `no node has id ${JSON.stringify(id)}`);
    if (node.kind === 'client') {
      return report(cc, p, `${JSON.stringify(id)} is a client; clients cannot crash`);
    }
    if (type === 'slow' && node.kind !== 'service' && node.kind !== 'database') {
      return report(
        cc,
        p,
        `${JSON.stringify(id)} is a ${node.kind}; only services and databases can be slowed`,
      );
    }
    return id;
  });
  const atMs = requireNumber(c, obj, 'atMs', path, { min: 0, max: LIMITS.maxDurationMs });
  const durationMs = requireNumber(c, obj, 'durationMs', path, {
    above: 0,
    max: LIMITS.maxDurationMs,
  });
  if (atMs !== undefined && runMs !== undefined && atMs >= runMs) {
    return report(c, at(path, 'atMs'), `must be less than durationMs (${runMs}) (got ${atMs})`);
  }
  const factor =
    type === 'slow' ? requireNumber(c, obj, 'factor', path, { above: 1, max: 1000 }) : 1;
  if (
    target === undefined ||
    atMs === undefined ||
    durationMs === undefined ||
    factor === undefined
  )
    return undefined;
  return type === 'slow'
    ? { type, target, atMs, durationMs, factor }
    : { type, target, atMs, durationMs };
}

/** Two crashes of the same node may not overlap in time. */
function checkOverlaps(c: Collector, faults: readonly Fault[]): boolean {
  const order = faults.map((_, i) => i);
  order.sort((a, b) => {
    const fa = faults[a];
    const fb = faults[b];
    if (fa === undefined || fb === undefined) return 0;
    return fa.target < fb.target ? -1 : fa.target > fb.target ? 1 : fa.atMs - fb.atMs || a - b;
  });
  let ok = true;
  let cover: number | undefined; // the fault of this target that ends last so far
  for (const j of order) {
    const next = faults[j];
    const open = cover === undefined ? undefined : faults[cover];
    if (next === undefined) continue;
    if (cover === undefined || open === undefined || open.target !== next.target) {
      cover = j;
      continue;
    }
    const end = open.atMs + open.durationMs;
    if (next.atMs < end) {
      ok = false;
      const name = JSON.stringify(next.target);
      const [first, later] = cover < j ? [cover, j] : [j, cover];
      report(c, `faults[${later}]`, `overlaps faults[${first}] (both affect ${name} at once)`);
    }
    if (next.atMs + next.durationMs > end) cover = j;
  }
  return ok;
}
