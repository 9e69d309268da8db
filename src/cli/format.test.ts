import { describe, expect, it } from 'vitest';
import type { LatencyStats, NodeSummary } from '../engine/index.ts';
import { formatReport } from './format.ts';
import type { CliReport } from './run.ts';

const latency: LatencyStats = { mean: 2, p50: 1.5, p95: 4, p99: 8, p999: 12, max: 20 };

function node(kind: string, extra: Record<string, unknown> = {}): NodeSummary {
  return {
    kind,
    arrivals: 1000,
    completed: 990,
    failed: 10,
    degraded: 0,
    failures: { 'node-down': 10 },
    utilization: 0.5,
    meanQueueLength: 0.25,
    meanInFlight: 1,
    meanTimeInNodeMs: 2,
    arrivalRatePerSec: 100,
    latencyMs: latency,
    ...extra,
  };
}

function report(nodes: Record<string, NodeSummary>): CliReport {
  return {
    name: 'stack',
    seed: 1,
    simulatedMs: 10_000,
    events: 12_345,
    wallMs: 12.5,
    totals: {
      requests: 1000,
      succeeded: 990,
      failed: 10,
      throughputPerSec: 99,
      latencyMs: latency,
      degraded: 0,
      goodputPerSec: 99,
    },
    nodes,
  };
}

describe('formatReport', () => {
  it('prints totals and the node table, without detail sections for plain nodes', () => {
    const text = formatReport(report({ users: node('client'), api: node('service') }));
    expect(text).toMatch(
      /^stack {2}\(seed 1\)\nsimulated 10 s in 12.5 ms wall time, 12,345 events\n/,
    );
    expect(text).toMatch(/\napi +service +1,000 +990 +10 +50.0 % +0.25 +1.50 +4.00 +8.00\n/);
    expect(text).not.toMatch(/hit ratio|imbalance|dead letters/);
  });

  it('adds sections for caches, balancers and routers, queues and replicated databases', () => {
    const text = formatReport(
      report({
        cache: node('cache', {
          hits: 750,
          misses: 250,
          hitRatio: 0.75,
          evictions: 12,
          staleReads: 0,
          lostWrites: 3,
        }),
        lb: node('load-balancer', {
          targets: { a: { requests: 600, share: 0.6 }, b: { requests: 400, share: 0.4 } },
          imbalance: 0.2,
        }),
        orders: node('queue', { lag: 42, deadLetters: 5 }),
        db: node('database', { staleReads: 17 }),
        'db-2': node('database', { staleReads: 0 }),
      }),
    );
    const lines = text.split('\n');
    expect(lines).toContain('cache  hit ratio  hits  misses  evictions  stale reads  lost writes');
    expect(lines).toContain('cache     75.0 %   750     250         12            0            3');
    expect(lines).toContain('router  imbalance  share per target');
    expect(lines).toContain('lb         20.0 %  a 60.0 %, b 40.0 %');
    expect(lines).toContain('queue   lag  dead letters');
    expect(lines).toContain('orders   42             5');
    expect(lines).toContain('database  stale reads');
    expect(lines).toContain('db                 17');
    expect(text).not.toMatch(/\ndb-2 +0\n/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('adds goodput when some answers were degraded, and a section for rate limits and fallbacks', () => {
    const base = report({
      users: node('client', { rateLimited: 7, fallbacks: 20 }),
      api: node('service', {
        fallbacks: 3,
        pendingAccepted: 3,
        reconciled: 2,
        reconcileFailed: 1,
        pendingAtEnd: 0,
      }),
    });
    const text = formatReport({
      ...base,
      totals: { ...base.totals, degraded: 23, goodputPerSec: 96.7 },
    });
    expect(text).toContain('\ndegraded   23 (answered by a fallback)   goodput 96.7/s\n');
    const lines = text.split('\n');
    expect(lines).toContain(
      'caller  rate-limited  fallbacks  pending  reconciled  given up  pending at end',
    );
    expect(lines).toContain(
      'users              7         20        –           –         –               –',
    );
    expect(lines).toContain(
      'api                –          3        3           2         1               0',
    );
    expect(formatReport(report({ users: node('client') }))).not.toMatch(/goodput|caller/);
  });

  it('shows a dash for a missing or malformed field', () => {
    const text = formatReport(report({ lb: node('load-balancer', { targets: { a: {} } }) }));
    expect(text).toContain('lb              –  a –\n');
  });
});
