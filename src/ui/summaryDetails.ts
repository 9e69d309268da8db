/**
 * The kind-specific fields of a run summary (engine/summary.ts), turned into
 * short label/value lines per node. Fields absent from a summary are skipped,
 * so an older engine's summary simply shows none.
 */
import type { NodeSummary } from '../state/metricsAccess.ts';
import { formatCount, formatPercent } from './format.ts';

/** One kind-specific summary value of a node. */
export interface SummaryDetail {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

const COUNTS: readonly (readonly [string, string])[] = [
  ['hits', 'hits'],
  ['misses', 'misses'],
  ['evictions', 'evictions'],
  ['staleReads', 'stale reads'],
  ['lostWrites', 'lost writes'],
  ['lag', 'lag at end'],
  ['deadLetters', 'dead letters'],
  ['instances', 'instances'],
  ['rateLimited', 'rate-limited'],
  ['fallbacks', 'fallbacks'],
  ['pendingAccepted', 'pending'],
  ['reconciled', 'reconciled'],
  ['reconcileFailed', 'given up'],
  ['pendingAtEnd', 'pending at end'],
];
const SHARES: readonly (readonly [string, string])[] = [
  ['hitRatio', 'hit ratio'],
  ['imbalance', 'imbalance'],
  ['keyMovement', 'keys moved'],
];

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Per-target shares as `a 34% · b 33% · c 33%`. */
function describeTargets(targets: unknown): string | null {
  if (typeof targets !== 'object' || targets === null) return null;
  const parts = Object.entries(targets as Readonly<Record<string, unknown>>).flatMap(([id, t]) => {
    const share: unknown =
      typeof t === 'object' && t !== null ? (t as { share?: unknown }).share : undefined;
    return isNumber(share) ? [`${id} ${formatPercent(share)}`] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** The kind-specific lines of one node's summary (empty for plain nodes). */
export function getSummaryDetails(node: NodeSummary): SummaryDetail[] {
  const out: SummaryDetail[] = [];
  for (const [key, label] of SHARES) {
    const v = node[key];
    if (isNumber(v)) out.push({ key, label, value: formatPercent(v) });
  }
  // Every node has `degraded`; it is news only when some answers were.
  if (isNumber(node.degraded) && node.degraded > 0)
    out.push({ key: 'degraded', label: 'degraded', value: formatCount(node.degraded) });
  for (const [key, label] of COUNTS) {
    const v = node[key];
    if (isNumber(v) && !(key === 'instances' && node.kind !== 'service'))
      out.push({ key, label, value: formatCount(v) });
  }
  const targets = describeTargets(node.targets);
  if (targets !== null) out.push({ key: 'targets', label: 'shares', value: targets });
  return out;
}
