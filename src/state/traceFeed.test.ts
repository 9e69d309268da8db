import { describe, expect, it } from 'vitest';
import { DEFAULT_TRACE_REQUESTS } from './analysis/traceLog.ts';
import { PAUSE_GAP_WALL_MS } from './traceClock.ts';
import { createTraceFeed, TRACE_CAPACITY } from './traceFeed.ts';
import type { TraceColumns } from '../worker/client.ts';

function columns(
  hops: {
    id?: number;
    from: number;
    to: number;
    sent: number;
    answered: number;
    outcome: number;
  }[],
): TraceColumns {
  const n = hops.length;
  const f64 = (pick: (h: (typeof hops)[number]) => number) => Float64Array.from(hops, pick);
  return {
    count: n,
    requestId: f64((h) => h.id ?? 0),
    from: Int32Array.from(hops, (h) => h.from),
    to: Int32Array.from(hops, (h) => h.to),
    sentMs: f64((h) => h.sent),
    arrivedMs: f64((h) => h.sent + 1),
    leftMs: f64((h) => h.answered - 1),
    answeredMs: f64((h) => h.answered),
    ok: Uint8Array.from(hops, (h) => (h.outcome <= 1 ? 1 : 0)),
    outcome: Uint8Array.from(hops, (h) => h.outcome),
  };
}

describe('traceFeed', () => {
  it('names the nodes and outcomes of each hop, keeps a bounded number and forgets finished ones', () => {
    const feed = createTraceFeed(3);
    feed.reset(['users', 'lb', 'api']);
    feed.push(
      columns([
        { from: 0, to: 1, sent: 0, answered: 10, outcome: 0 },
        { from: 1, to: 2, sent: 1, answered: 9, outcome: 2 },
      ]),
      1000,
      0,
    );
    expect(feed.getHops().map((h) => [h.from, h.to, h.outcome])).toEqual([
      ['users', 'lb', 'ok'],
      ['lb', 'api', 'timeout'],
    ]);
    feed.push(
      columns([
        { from: 1, to: 2, sent: 20, answered: 30, outcome: 3 },
        { from: 1, to: 2, sent: 25, answered: 40, outcome: 1 },
      ]),
      2000,
      100,
    );
    expect(feed.getHops().map((h) => h.outcome)).toEqual(['timeout', 'rejected', 'retry']);
    feed.forgetBefore(35);
    expect(feed.getHops()).toHaveLength(1);
  });

  it('estimates simulated ms per wall ms from consecutive batches', () => {
    const feed = createTraceFeed();
    feed.reset(['a']);
    const empty = columns([]);
    feed.push(empty, 0, 0);
    expect(feed.getClock().rate).toBe(0);
    feed.push(empty, 2000, 100);
    expect(feed.getClock().rate).toBeCloseTo(20);
    feed.push(empty, 4000, 200);
    expect(feed.getClock()).toMatchObject({ simMs: 4000, wallMs: 200 });
    expect(feed.getClock().rate).toBeCloseTo(20);
  });

  it("keeps each hop's request id, which the trace log still holds", () => {
    const feed = createTraceFeed();
    feed.reset(['a', 'b']);
    feed.push(columns([{ id: 41, from: 0, to: 1, sent: 0, answered: 2, outcome: 0 }]), 10, 0);
    expect(feed.getHops()[0]?.requestId).toBe(41);
    // Every hop the feed keeps belongs to one of the log's most recently answered requests.
    expect(TRACE_CAPACITY).toBeLessThan(DEFAULT_TRACE_REQUESTS);
  });

  it('a pause between batches leaves the rate alone', () => {
    const feed = createTraceFeed();
    feed.reset(['a']);
    const empty = columns([]);
    feed.push(empty, 0, 0);
    feed.push(empty, 2000, 100);
    feed.push(empty, 4000, 200);
    feed.push(empty, 4100, 200 + PAUSE_GAP_WALL_MS + 5000); // paused for 5 s
    expect(feed.getClock()).toMatchObject({ simMs: 4100, wallMs: 5700 });
    expect(feed.getClock().rate).toBeCloseTo(20);
  });
});
