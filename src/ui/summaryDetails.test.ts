import { describe, expect, it } from 'vitest';
import type { NodeSummary } from '../state/metricsAccess.ts';
import { getSummaryDetails } from './summaryDetails.ts';

const base: NodeSummary = {
  kind: 'cache',
  arrivals: 10,
  completed: 10,
  failed: 0,
  degraded: 0,
  failures: {},
  utilization: 0,
  meanQueueLength: 0,
  meanInFlight: 0,
  meanTimeInNodeMs: 1,
  arrivalRatePerSec: 1,
  latencyMs: { mean: 1, p50: 1, p95: 1, p99: 1, p999: 1, max: 1 },
};

describe('summaryDetails', () => {
  it('lists the kind-specific fields that are present', () => {
    const details = getSummaryDetails({
      ...base,
      hits: 90,
      misses: 10,
      hitRatio: 0.9,
      lostWrites: 0,
    });
    expect(details.map((d) => `${d.label} ${d.value}`)).toEqual([
      'hit ratio 90%',
      'hits 90',
      'misses 10',
      'lost writes 0',
    ]);
  });

  it('shows a router’s per-target shares and imbalance', () => {
    const details = getSummaryDetails({
      ...base,
      kind: 'shard-router',
      imbalance: 0.5,
      targets: { a: { requests: 3, share: 0.75 }, b: { requests: 1, share: 0.25 } },
    });
    expect(details.map((d) => d.value)).toEqual(['50%', 'a 75% · b 25%']);
  });

  it('shows degraded answers when there were some, and a caller’s rate-limit and fallback counts', () => {
    const details = getSummaryDetails({
      ...base,
      kind: 'service',
      degraded: 12,
      fallbacks: 12,
      pendingAccepted: 12,
      reconciled: 10,
      reconcileFailed: 1,
      pendingAtEnd: 1,
    });
    expect(details.map((d) => `${d.label} ${d.value}`)).toEqual([
      'degraded 12',
      'fallbacks 12',
      'pending 12',
      'reconciled 10',
      'given up 1',
      'pending at end 1',
    ]);
  });

  it('has nothing for a plain node', () => {
    expect(getSummaryDetails({ ...base, kind: 'client' })).toEqual([]);
  });
});
