/**
 * The second part of the human-readable output: kind-specific results that the
 * engine adds to a node's summary (DESIGN.md, "CLI contract"). Each section is
 * printed only when some node carries its fields: caches (hit ratio, evictions,
 * stale reads, lost writes), balancers and shard routers (per-target share,
 * imbalance), queues (lag, dead letters), databases that served stale reads from
 * their replicas, and callers whose edges have a rate limit or a fallback.
 */
import type { NodeSummary } from '../engine/index.ts';
import { count, percent, table } from './cells.ts';

type Nodes = Readonly<Record<string, NodeSummary>>;

/** A numeric kind-specific field, or `undefined` when the node does not have it. */
function field(node: NodeSummary, key: string): number | undefined {
  const value = node[key];
  return typeof value === 'number' ? value : undefined;
}

/** `{ id: { share } }` of a balancer or router, in the engine's order. */
function shares(node: NodeSummary): [string, number][] | undefined {
  const targets = node.targets;
  if (typeof targets !== 'object' || targets === null) return undefined;
  return Object.entries(targets).map(([id, t]: [string, unknown]) => {
    const share = typeof t === 'object' && t !== null && 'share' in t ? t.share : undefined;
    return [id, typeof share === 'number' ? share : Number.NaN];
  });
}

/** Lines of one section: a blank line, then the table; none when no node has `has`. */
function section(
  nodes: Nodes,
  has: (n: NodeSummary) => boolean,
  headers: readonly string[],
  cells: (n: NodeSummary) => string[],
  isText: (column: number) => boolean = (i) => i === 0,
): string[] {
  const rows = Object.entries(nodes)
    .filter(([, n]) => has(n))
    .map(([id, n]) => [id, ...cells(n)]);
  return rows.length === 0 ? [] : ['', ...table([headers, ...rows], isText)];
}

const opt = (n: number | undefined, show: (x: number) => string): string =>
  n === undefined ? '–' : show(n);

/** The kind-specific sections for `nodes` (possibly none). */
export function formatDetails(nodes: Nodes): string[] {
  return [
    ...section(
      nodes,
      (n) => field(n, 'hitRatio') !== undefined,
      ['cache', 'hit ratio', 'hits', 'misses', 'evictions', 'stale reads', 'lost writes'],
      (n) => [
        opt(field(n, 'hitRatio'), percent),
        ...['hits', 'misses', 'evictions', 'staleReads', 'lostWrites'].map((k) =>
          opt(field(n, k), count),
        ),
      ],
    ),
    ...section(
      nodes,
      (n) => shares(n) !== undefined,
      ['router', 'imbalance', 'share per target'],
      (n) => [
        opt(field(n, 'imbalance'), percent),
        (shares(n) ?? []).map(([id, share]) => `${id} ${percent(share)}`).join(', '),
      ],
      (i) => i !== 1,
    ),
    ...section(
      nodes,
      (n) => field(n, 'lag') !== undefined || field(n, 'deadLetters') !== undefined,
      ['queue', 'lag', 'dead letters'],
      (n) => [opt(field(n, 'lag'), count), opt(field(n, 'deadLetters'), count)],
    ),
    ...section(
      nodes,
      (n) => n.kind === 'database' && (field(n, 'staleReads') ?? 0) > 0,
      ['database', 'stale reads'],
      (n) => [opt(field(n, 'staleReads'), count)],
    ),
    ...section(
      nodes,
      (n) => POLICY_FIELDS.some((k) => field(n, k) !== undefined),
      [
        'caller',
        'rate-limited',
        'fallbacks',
        'pending',
        'reconciled',
        'given up',
        'pending at end',
      ],
      (n) => POLICY_FIELDS.map((k) => opt(field(n, k), count)),
    ),
  ];
}

/** Counts the engine adds to a caller whose edges have a rate limit or a fallback. */
const POLICY_FIELDS = [
  'rateLimited',
  'fallbacks',
  'pendingAccepted',
  'reconciled',
  'reconcileFailed',
  'pendingAtEnd',
] as const;
