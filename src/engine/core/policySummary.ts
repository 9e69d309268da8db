import type { ModelSpec } from '../spec.ts';
import type { NodeSummary } from '../summary.ts';
import type { EdgeStats } from './edgeStats.ts';

/**
 * Whole-run counts (after warm-up) of the rate limits and fallbacks on each
 * node's outgoing edges, added to the caller's summary: `rateLimited` when one
 * of its edges has a rate limit, `fallbacks` when one has a fallback other
 * than `error`, and for `pending` fallbacks `pendingAccepted`, `reconciled`,
 * `reconcileFailed` and `pendingAtEnd` (still waiting when the run ended).
 * Nodes without such edges are left as they are.
 */
export function addPolicySummaries(
  spec: ModelSpec,
  stats: EdgeStats,
  summaries: Record<string, NodeSummary>,
): void {
  const extra = new Map<number, Record<string, number>>();
  spec.edges.forEach((edge, e) => {
    const policy = edge.policy;
    if (policy === undefined) return;
    const fallback = policy.fallback?.type ?? 'error';
    if (policy.rateLimit === undefined && fallback === 'error') return;
    const fields = extra.get(edge.from) ?? {};
    extra.set(edge.from, fields);
    const add = (key: string, n: number) => (fields[key] = (fields[key] ?? 0) + n);
    if (policy.rateLimit !== undefined) add('rateLimited', stats.runRateLimited[e]!);
    if (fallback === 'error') return;
    add('fallbacks', stats.runFallbacks[e]!);
    if (fallback !== 'pending') return;
    add('pendingAccepted', stats.runFallbacks[e]!);
    add('reconciled', stats.runReconciled[e]!);
    add('reconcileFailed', stats.runReconcileFailed[e]!);
    add('pendingAtEnd', stats.pendingOpen[e]!);
  });
  for (const [node, fields] of extra) {
    const id = spec.nodes[node]!.id;
    summaries[id] = { ...summaries[id]!, ...fields };
  }
}
