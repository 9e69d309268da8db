import { describe, expect, it } from 'vitest';
import { fullStackSpec } from '../fullStack.ts';
import {
  EDGE_METRIC,
  EDGE_METRIC_COUNT,
  METRIC,
  METRIC_COUNT,
  type WindowFrame,
} from '../metrics/layout.ts';
import { createSimulation } from '../simulation.ts';
import type { ModelSpec } from '../spec.ts';
import { WORKLOAD, edge, loadBalancer, model, service, stationSpec } from '../testSpecs.ts';
import type { EditSpec } from './editSpec.ts';

const exp = (mean: number) => ({ type: 'exponential', mean }) as const;
const SVC = 1;

/** M/M/4 at ρ = 0.8: 800 req/s, 4 workers, 4 ms. */
const mmc = (edits?: EditSpec[]): ModelSpec => ({
  ...stationSpec({ ratePerSec: 800, workers: 4, serviceTimeMs: exp(4), durationMs: 60_000 }),
  ...(edits === undefined ? {} : { edits }),
});

function framesOf(spec: ModelSpec): WindowFrame[] {
  const sim = createSimulation(spec);
  sim.runToEnd();
  return sim.drainFrames();
}

const col = (f: WindowFrame, row: number, metric: keyof typeof METRIC) =>
  f.values[row * METRIC_COUNT + METRIC[metric]]!;

/** Time-weighted mean of a node's metric over the windows in [from, to). */
function meanOf(frames: WindowFrame[], from: number, to: number, metric: keyof typeof METRIC) {
  const inside = frames.filter((f) => f.startMs >= from && f.endMs <= to);
  return inside.reduce((s, f) => s + col(f, SVC, metric), 0) / inside.length;
}

describe('parameter edits during a run', () => {
  it('an edge latency edited from one constant to another, then to a distribution, takes effect at once', () => {
    // One worker, 1 ms of work, 50 req/s: almost no queueing, so an answer's round trip over
    // the edge is about twice its latency plus 1 ms.
    const constant = (value: number) => ({ type: 'constant', value }) as const;
    const spec: ModelSpec = {
      ...stationSpec({
        ratePerSec: 50,
        workers: 1,
        serviceTimeMs: constant(1),
        durationMs: 30_000,
      }),
      warmupMs: 0,
      edges: [edge(0, SVC, constant(2))],
      edits: [
        { atMs: 10_000, edge: 0, set: { latencyMs: constant(7) } },
        { atMs: 20_000, edge: 0, set: { latencyMs: exp(4) } },
      ],
    };
    const frames = framesOf(spec);
    const roundTrip = (from: number, to: number) => {
      const inside = frames.filter((f) => f.startMs >= from && f.endMs <= to);
      const at = EDGE_METRIC.latencyMean;
      return inside.reduce((s, f) => s + f.edgeValues[at]!, 0) / inside.length;
    };
    expect(frames[0]!.edgeValues.length).toBe(EDGE_METRIC_COUNT);
    expect(roundTrip(1000, 10_000)).toBeCloseTo(2 * 2 + 1, 1);
    expect(roundTrip(11_000, 20_000)).toBeCloseTo(2 * 7 + 1, 1);
    const drawn = roundTrip(21_000, 30_000);
    expect(drawn).toBeGreaterThan(2 * 4 + 1 - 1);
    expect(drawn).toBeLessThan(2 * 4 + 1 + 1);
  });

  it('doubling the workers at t halves utilization from t on, and changes nothing before t', () => {
    const at = 30_000;
    const base = framesOf(mmc());
    const edited = framesOf(mmc([{ atMs: at, node: SVC, set: { workers: 8 } }]));
    const before = (fs: WindowFrame[]) => fs.filter((f) => f.endMs <= at);
    expect(before(edited)).toEqual(before(base));
    // λ / (c μ): 0.8 with 4 workers, 0.4 with 8 (same arrivals: the client's stream is its own).
    expect(meanOf(edited, 5000, at, 'utilization')).toBeCloseTo(0.8, 1);
    expect(meanOf(edited, at + 2000, 60_000, 'utilization')).toBeCloseTo(0.4, 1);
    expect(meanOf(base, at + 2000, 60_000, 'utilization')).toBeCloseTo(0.8, 1);
    // Queueing nearly vanishes with 8 workers at ρ = 0.4 (Erlang C: Lq ≈ 0.03).
    expect(meanOf(edited, at + 2000, 60_000, 'meanQueueLength')).toBeLessThan(0.2);
    expect(meanOf(base, at + 2000, 60_000, 'meanQueueLength')).toBeGreaterThan(1);
  });

  it('fewer workers: calls in service finish, new work waits, utilization stays within 1', () => {
    const edited = framesOf(mmc([{ atMs: 20_000, node: SVC, set: { workers: 2 } }]));
    for (const f of edited) {
      expect(col(f, SVC, 'utilization')).toBeLessThanOrEqual(1 + 1e-9);
      const arrivals = col(f, SVC, 'arrivals');
      expect(arrivals).toBeGreaterThan(0);
    }
    // 800 req/s at 2 × 250 req/s: overloaded, the queue grows without bound.
    const last = edited.at(-1)!;
    expect(col(last, SVC, 'meanQueueLength')).toBeGreaterThan(1000);
    expect(meanOf(edited, 25_000, 60_000, 'utilization')).toBeGreaterThan(0.99);
  });

  it('a smaller queue keeps the calls already waiting and refuses new ones while it is full', () => {
    const spec = mmc([
      { atMs: 10_000, node: SVC, set: { workers: 2 } },
      { atMs: 20_000, node: SVC, set: { queueCapacity: 50 } },
    ]);
    const sim = createSimulation(spec);
    sim.runUntil(20_000);
    expect(sim.summary().nodes.svc!.failures['rejected-queue-full'] ?? 0).toBe(0);
    sim.runToEnd();
    const frames = sim.drainFrames();
    const at20 = frames.find((f) => f.endMs === 20_000)!;
    expect(col(at20, SVC, 'meanQueueLength')).toBeGreaterThan(50); // more than the new bound waited
    const after = frames.filter((f) => f.startMs >= 21_000);
    expect(after.some((f) => col(f, SVC, 'failed') > 0)).toBe(true);
    // Once drained below the bound, the queue never holds more than 50 calls again.
    const tail = frames.filter((f) => f.startMs >= 40_000);
    for (const f of tail) expect(col(f, SVC, 'meanQueueLength')).toBeLessThanOrEqual(50);
  });

  it('a client rate edit changes the arrivals from then on', () => {
    const frames = framesOf(mmc([{ atMs: 30_000, node: 0, set: { ratePerSec: 200 } }]));
    const rate = (from: number, to: number) =>
      frames
        .filter((f) => f.startMs >= from && f.endMs <= to)
        .reduce((s, f) => s + col(f, 0, 'arrivals'), 0) /
      ((to - from) / 1000);
    expect(rate(0, 30_000)).toBeGreaterThan(750);
    expect(rate(30_000, 60_000)).toBeGreaterThan(180);
    expect(rate(30_000, 60_000)).toBeLessThan(220);
  });

  it('a live edit at the current time gives exactly the run that had it from the start', () => {
    const at = 4321.5;
    const edits: EditSpec[] = [
      { atMs: at, node: 3, set: { workers: 2, serviceTimeMs: exp(2), instances: 3 } },
      { atMs: at, node: 0, set: { ratePerSec: 3000, readRatio: 0.5 } },
      { atMs: at, edge: 0, set: { latencyMs: exp(1) } },
    ];
    const base = fullStackSpec({ durationMs: 10_000, ratePerSec: 2000, warmupMs: 0 });
    const replayed = createSimulation({ ...base, edits }, { hashEvents: true });
    replayed.runToEnd();

    const live = createSimulation(base, { hashEvents: true });
    live.runUntil(at);
    expect(live.now).toBe(at);
    for (const e of edits) live.edit(e);
    live.runToEnd();

    expect(live.eventLogHash()).toBe(replayed.eventLogHash());
    expect(live.summary()).toEqual(replayed.summary());
    const plain = createSimulation(base, { hashEvents: true });
    plain.runToEnd();
    expect(plain.eventLogHash()).not.toBe(live.eventLogHash());
  });

  it('an edit exactly on a window boundary replays the same, however the run is sliced', () => {
    const spec = mmc([{ atMs: 5000, node: SVC, set: { workers: 6, errorRate: 0.1 } }]);
    const whole = createSimulation(spec, { hashEvents: true });
    whole.runToEnd();
    const sliced = createSimulation(spec, { hashEvents: true });
    while (!sliced.done) sliced.runUntil(sliced.now + 777, 5000);
    expect(sliced.eventLogHash()).toBe(whole.eventLogHash());
    expect(sliced.summary()).toEqual(whole.summary());
    expect(whole.summary().nodes.svc!.failures['injected-error']).toBeGreaterThan(0);
  });

  it('a strategy switch routes from the next call on: round-robin to least-connections avoids a slow target', () => {
    // Two services behind a balancer, one 5× slower: round-robin loads it to ρ = 0.9, least-connections spares it.
    const spec: ModelSpec = {
      ...model(
        [
          {
            kind: 'client',
            id: 'users',
            arrival: { type: 'poisson', ratePerSec: 900 },
            workload: WORKLOAD,
          },
          loadBalancer('lb', 'round-robin'),
          service('fast', { workers: 4, serviceTimeMs: exp(2) }),
          service('slow', { workers: 4, serviceTimeMs: exp(8) }),
        ],
        [edge(0, 1), edge(1, 2), edge(1, 3)],
        { durationMs: 40_000 },
      ),
      edits: [{ atMs: 20_000, node: 1, set: { strategy: 'least-connections' } }],
    };
    const frames = framesOf(spec);
    const share = (from: number, to: number) => {
      const inside = frames.filter((f) => f.startMs >= from && f.endMs <= to);
      const slow = inside.reduce((s, f) => s + col(f, 3, 'arrivals'), 0);
      const all = inside.reduce((s, f) => s + col(f, 1, 'arrivals'), 0);
      return slow / all;
    };
    expect(share(1000, 20_000)).toBeCloseTo(0.5, 2);
    expect(share(21_000, 40_000)).toBeLessThan(0.35);
  });

  it("an edge policy's timeout set live fails slow attempts from then on, and only then", () => {
    const base = mmc();
    const spec: ModelSpec = {
      ...base,
      edges: [{ ...base.edges[0]!, policy: { timeoutMs: Infinity, retry: null } }],
      edits: [{ atMs: 30_000, edge: 0, set: { timeoutMs: 5 } }],
    };
    const frames = framesOf(spec);
    const timeouts = (from: number, to: number) =>
      frames
        .filter((f) => f.startMs >= from && f.endMs <= to)
        .reduce((s, f) => s + col(f, 0, 'fail:timeout'), 0);
    expect(timeouts(0, 30_000)).toBe(0);
    expect(timeouts(30_000, 60_000)).toBeGreaterThan(1000); // P(sojourn > 5 ms) is large at ρ = 0.8
  });

  it('refuses an edit in the past', () => {
    const sim = createSimulation(mmc());
    sim.runUntil(1000);
    expect(() => sim.edit({ atMs: 500, node: SVC, set: { workers: 2 } })).toThrow(/past/);
  });
});
