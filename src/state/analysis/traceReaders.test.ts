import { describe, expect, it } from 'vitest';
import type { TraceColumns } from '../../worker/client.ts';
import type { MetricsLayout } from '../metricsAccess.ts';
import { createTraceLog } from './traceLog.ts';
import { getRequestTrace, getSlowRequests } from './traceReaders.ts';

const layout: MetricsLayout = {
  nodeIds: ['users', 'lb', 'api'],
  nodeKinds: ['client', 'load-balancer', 'service'],
  edges: [
    [0, 1],
    [1, 2],
  ],
  edgeMetrics: ['calls'],
  rows: 4,
  metrics: ['arrivals'],
  windowMs: 1000,
  warmupMs: 0,
  durationMs: 10_000,
};

type Hop = [
  id: number,
  from: number,
  to: number,
  sent: number,
  arrived: number,
  left: number,
  answered: number,
  ok: 0 | 1,
];

function columns(hops: Hop[]): TraceColumns {
  const col = (k: number) => Float64Array.from(hops.map((h) => h[k]!));
  return {
    count: hops.length,
    requestId: col(0),
    from: Int32Array.from(hops.map((h) => h[1])),
    to: Int32Array.from(hops.map((h) => h[2])),
    sentMs: col(3),
    arrivedMs: col(4),
    leftMs: col(5),
    answeredMs: col(6),
    ok: Uint8Array.from(hops.map((h) => h[7])),
    // Index into TRACE_OUTCOMES: 0 ok, 4 failed.
    outcome: Uint8Array.from(hops.map((h) => (h[7] === 1 ? 0 : 4))),
  };
}

/** Request 7: users → lb (1 ms each way) → api, with a failed first attempt and a retry. */
const request7: Hop[] = [
  [7, 1, 2, 101, 101.5, 110, 110.5, 0],
  [7, 1, 2, 111, 111.5, 130, 130.5, 1],
  [7, 0, 1, 100, 101, 131, 132, 1],
];

describe('trace log and readers', () => {
  it('lists complete requests slowest first; an unfinished one (no root hop yet) is left out', () => {
    const log = createTraceLog();
    log.push(
      columns([...request7, [8, 0, 1, 200, 201, 204, 205, 1], [9, 1, 2, 300, 301, 399, 400, 1]]),
    );
    log.push(columns([[10, 0, 1, 500, 501, 549, 550, 0]]));
    const slow = getSlowRequests(log, layout);
    expect(slow.map((r) => [r.requestId, r.durationMs, r.ok, r.hops])).toEqual([
      [10, 50, false, 1],
      [7, 32, true, 3],
      [8, 5, true, 1],
    ]);
    expect(slow[0]?.client).toBe('users');
    expect(getSlowRequests(log, layout, 1)).toHaveLength(1);
  });

  it('lays one request out as a waterfall relative to its start, with nesting and outcomes', () => {
    const log = createTraceLog();
    log.push(columns(request7));
    const trace = getRequestTrace(log, layout, 7)!;
    expect(trace.request.durationMs).toBe(32);
    expect(trace.spans.map((s) => [s.from, s.to, s.startMs, s.endMs, s.ok, s.depth])).toEqual([
      ['users', 'lb', 0, 32, true, 0],
      ['lb', 'api', 1, 10.5, false, 1],
      ['lb', 'api', 11, 30.5, true, 1],
    ]);
    expect(trace.spans[1]?.arrivedMs).toBe(1.5);
    expect(trace.spans[1]?.leftMs).toBe(10);
    expect(getRequestTrace(log, layout, 99)).toBeNull();
  });

  it('keeps only the newest requests, and forgets everything on reset', () => {
    const log = createTraceLog(2);
    for (const id of [1, 2, 3]) log.push(columns([[id, 0, 1, id, id, id, id + 1, 1]]));
    expect(log.getRequestIds()).toEqual([2, 3]);
    // A new hop of request 2 makes it the most recent: 3 goes first when 4 comes.
    log.push(columns([[2, 1, 2, 5, 5, 5, 6, 1]]));
    log.push(columns([[4, 0, 1, 7, 7, 7, 8, 1]]));
    expect(log.getRequestIds()).toEqual([2, 4]);
    log.reset();
    expect(log.getRequestIds()).toEqual([]);
  });
});
