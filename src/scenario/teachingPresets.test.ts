/**
 * The teaching presets' claims, checked window by window on the shipped
 * fixtures (the files the preset menu loads): a cascade that a circuit breaker
 * stops, a fixed timeout that is too tight against the guide's adaptive one,
 * and a short against a long health-check interval under a crash.
 */
import { describe, expect, it } from 'vitest';
import {
  EDGE_METRIC,
  EDGE_METRIC_COUNT,
  METRIC,
  METRIC_COUNT,
  createSimulation,
  type EdgeMetricName,
  type MetricName,
} from '../engine/index.ts';
import { compileScenario } from './compile.ts';
import { presets } from './presets.ts';
import type { Scenario } from './types.ts';

/** One run, as per-window series: `node.metric` for node rows ('totals' for the clients), `from->to.metric` for edges. */
function windows(scenario: Scenario): (key: string) => number[] {
  const sim = createSimulation(compileScenario(scenario));
  const { nodeIds, edges, rows } = sim.layout;
  const series = new Map<string, number[]>();
  const push = (key: string, v: number) => {
    const s = series.get(key) ?? [];
    s.push(v);
    series.set(key, s);
  };
  while (!sim.done) {
    sim.runUntil(Infinity, 200_000);
    for (const f of sim.drainFrames()) {
      for (let r = 0; r < rows; r++) {
        const id = r === rows - 1 ? 'totals' : nodeIds[r]!;
        for (const [m, c] of Object.entries(METRIC))
          push(`${id}.${m}`, f.values[r * METRIC_COUNT + c]!);
      }
      edges.forEach(([a, b], e) => {
        for (const [m, c] of Object.entries(EDGE_METRIC))
          push(`${nodeIds[a]}->${nodeIds[b]}.${m}`, f.edgeValues[e * EDGE_METRIC_COUNT + c]!);
      });
    }
  }
  return (key) => {
    const s = series.get(key);
    if (s === undefined) throw new Error(`no series ${key}`);
    return s;
  };
}

const preset = (id: string): Scenario => {
  const p = presets.find((x) => x.id === id);
  if (p === undefined) throw new Error(`no preset ${id}`);
  return p.scenario;
};
/** Mean of windows [from, to). */
const mean = (xs: number[], from: number, to: number) =>
  xs.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
const sum = (xs: number[], from = 0, to = xs.length) =>
  xs.slice(from, to).reduce((a, b) => a + b, 0);
const node = (id: string, m: MetricName) => `${id}.${m}`;
const edge = (from: string, to: string, m: EdgeMetricName) => `${from}->${to}.${m}`;

describe('preset pair: a cascade that a circuit breaker stops', { timeout: 60_000 }, () => {
  // Shared by the three claims, run once on first use.
  let base: ((key: string) => number[]) | undefined;
  const cascade = (key: string) => (base ??= windows(preset('cascade')))(key);
  const readsBefore = () => mean(cascade(node('catalog', 'completed')), 10, 30);

  it('without a breaker, a slow payment service takes every worker upstream and reads fail too', () => {
    expect(sum(cascade(node('totals', 'failed')), 10, 30)).toBe(0);
    const reads = cascade(node('catalog', 'completed'));
    expect(readsBefore()).toBeGreaterThan(190);
    // During the slowdown (30–60 s), window by window.
    for (let w = 32; w < 60; w++) {
      expect(cascade(node('orders', 'utilization'))[w], `orders, window ${w}`).toBeGreaterThan(
        0.99,
      );
      expect(cascade(node('api', 'utilization'))[w], `api, window ${w}`).toBeGreaterThan(0.99);
      expect(reads[w], `reads served, window ${w}`).toBeLessThan(0.5 * readsBefore());
    }
    // Most requests fail, and the users give up on api (upstream timeouts).
    expect(mean(cascade(node('totals', 'failed')), 32, 60)).toBeGreaterThan(200);
    expect(sum(cascade(edge('users', 'api', 'timeouts')), 32, 60)).toBeGreaterThan(300);
    // After it ends, all is well again.
    expect(sum(cascade(node('totals', 'failed')), 65, 120)).toBe(0);
  });

  it('with the breaker, payment calls fail fast: api keeps its workers and reads are untouched', () => {
    const withBreaker = preset('cascade-breaker');
    const breakerOnly: Scenario = {
      ...withBreaker,
      edges: withBreaker.edges.map((e) =>
        e.policy?.fallback === undefined
          ? e
          : { ...e, policy: { ...e.policy, fallback: { type: 'error' } } },
      ),
    };
    const run = windows(breakerOnly);
    expect(run(edge('orders', 'payments', 'breakerState')).slice(32, 60)).toContain(2);
    expect(mean(run(node('api', 'utilization')), 32, 60)).toBeLessThan(0.2);
    expect(mean(run(node('catalog', 'completed')), 32, 60)).toBeGreaterThan(0.9 * readsBefore());
    // Only the writes fail, at once, as rejected-breaker-open.
    const failed = sum(run(node('totals', 'failed')), 32, 60);
    expect(sum(run(node('totals', 'fail:rejected-breaker-open')), 32, 60)).toBeGreaterThan(
      0.9 * failed,
    );
    expect(failed / sum(run(node('totals', 'arrivals')), 32, 60)).toBeLessThan(0.4);
  });

  it("the guide's pending fallback takes orders while payments is slow and reconciles them later", () => {
    const run = windows(preset('cascade-breaker'));
    const failed = run(node('totals', 'failed'));
    const degraded = run(node('totals', 'degraded'));
    // While the breaker is open, nothing fails: the orders are answered "pending" (degraded).
    // Windows the breaker spent open from start to end (not the ones with half-open trials).
    const open = run(edge('orders', 'payments', 'breakerState'));
    const opens = run(edge('orders', 'payments', 'breakerOpens'));
    const openWindows = [...open.keys()].filter(
      (w) => w > 31 && w < 60 && open[w - 1] === 2 && open[w] === 2 && opens[w] === 0,
    );
    expect(openWindows.length).toBeGreaterThan(20);
    for (const w of openWindows) {
      expect(failed[w], `window ${w}`).toBe(0);
      expect(degraded[w], `window ${w}`).toBeGreaterThan(50);
    }
    expect(mean(run(node('catalog', 'completed')), 32, 60)).toBeGreaterThan(0.9 * readsBefore());
    // Every pending payment is settled after payments recovers; none is lost.
    const accepted = sum(run(edge('orders', 'payments', 'fallbacks')));
    expect(accepted).toBeGreaterThan(2000);
    expect(sum(run(edge('orders', 'payments', 'reconciled')))).toBe(accepted);
    expect(sum(run(edge('orders', 'payments', 'reconcileFailed')))).toBe(0);
    expect(run(edge('orders', 'payments', 'pendingOpen')).at(-1)).toBe(0);
  });
});

describe('preset pair: fixed against adaptive timeout', { timeout: 60_000 }, () => {
  it('a fixed 400 ms timeout turns a 5× slowdown into an outage: timeouts, retries, wasted work', () => {
    const run = windows(preset('timeout-fixed'));
    expect(sum(run(node('totals', 'failed')), 10, 30)).toBe(0);
    expect(sum(run(edge('users', 'api', 'timeouts')), 10, 30)).toBe(0);
    for (let w = 40; w < 90; w++) {
      expect(run(node('totals', 'completed'))[w], `window ${w}`).toBeLessThan(5);
      expect(run(edge('users', 'api', 'timeouts'))[w], `window ${w}`).toBeGreaterThan(150);
    }
    // Every request is tried three times: the service gets about 3× the traffic.
    expect(mean(run(node('api', 'arrivals')), 40, 90)).toBeGreaterThan(2.5 * 100);
    // It recovers only long after the slowdown (which ended at 90 s).
    expect(mean(run(node('totals', 'completed')), 90, 110)).toBeLessThan(5);
    expect(mean(run(node('totals', 'completed')), 135, 150)).toBeGreaterThan(90);
  });

  it('the adaptive timeout (2 × p95, 1–30 s) follows the slowdown: no spurious timeouts, every request succeeds', () => {
    const run = windows(preset('timeout-adaptive'));
    const requests = sum(run(node('totals', 'arrivals')), 10, 150);
    expect(sum(run(node('totals', 'failed')), 10, 150)).toBeLessThan(0.001 * requests);
    // A handful of timeouts while the p95 catches up with the slowdown, against thousands.
    expect(sum(run(edge('users', 'api', 'timeouts')))).toBeLessThan(0.002 * requests);
    for (let w = 40; w < 90; w++) {
      // The service is slow (p50 ≈ 5 × 60 ms) but answers: goodput holds at the offered ~100/s.
      expect(run(node('users', 'latencyP50'))[w], `window ${w}`).toBeGreaterThan(200);
      expect(run(node('totals', 'completed'))[w], `window ${w}`).toBeGreaterThan(60);
    }
    expect(mean(run(node('api', 'arrivals')), 40, 90)).toBeLessThan(1.05 * 100);
  });
});

describe('preset pair: health-check interval against a crash', { timeout: 60_000 }, () => {
  it('checks every 2 s take the crashed server out within seconds; every 30 s they never notice', () => {
    const fast = windows(preset('health-check'));
    const slow = windows(preset('health-check-slow'));
    const fastFailed = fast(node('totals', 'failed'));
    const slowFailed = slow(node('totals', 'failed'));
    // Fast: out of rotation by 38 s; no failure from then until api-2 is back.
    const healthy = fast(node('lb', 'healthyTargets'));
    expect(healthy.slice(25, 30).every((n) => n === 3)).toBe(true);
    expect(healthy.slice(36, 60).every((n) => n === 2)).toBe(true);
    expect(sum(fastFailed, 36, 90)).toBe(0);
    expect(sum(fastFailed, 30, 36)).toBeGreaterThan(500);
    expect(sum(fastFailed, 30, 36)).toBeLessThan(2500);
    // Slow: it stays in rotation, and a third of the requests fail for the whole outage.
    expect(slow(node('lb', 'healthyTargets')).every((n) => n === 3)).toBe(true);
    for (let w = 30; w < 60; w++) expect(slowFailed[w], `window ${w}`).toBeGreaterThan(200);
    expect(sum(slowFailed)).toBeGreaterThan(8000);
    expect(sum(slowFailed)).toBeGreaterThan(4 * sum(fastFailed));
  });
});

describe('preset pair: health-check interval against an error burst', { timeout: 60_000 }, () => {
  it('checks every 2 s see the errors and take api-2 out within seconds; every 30 s they miss the burst', () => {
    const fast = windows(preset('health-check-burst'));
    const slow = windows(preset('health-check-burst-slow'));
    const fastFailed = fast(node('totals', 'failed'));
    const slowFailed = slow(node('totals', 'failed'));
    const healthy = fast(node('lb', 'healthyTargets'));
    // Fast: in rotation before the burst, out within three probes (≤ 6 s + a window), back after it.
    expect(healthy.slice(25, 31).every((n) => n === 3)).toBe(true);
    expect(healthy.slice(38, 51).every((n) => n === 2)).toBe(true);
    expect(healthy.slice(60, 90).every((n) => n === 3)).toBe(true);
    expect(sum(fastFailed, 38, 51)).toBe(0);
    expect(sum(fastFailed, 31, 38)).toBeGreaterThan(500);
    // The errors are real injected errors, not crashes.
    expect(sum(fast(node('api-2', 'fail:injected-error')), 31, 38)).toBeGreaterThan(500);
    // Slow: api-2 never leaves rotation and a third of the requests fail for all 20 s.
    expect(slow(node('lb', 'healthyTargets')).every((n) => n === 3)).toBe(true);
    for (let w = 31; w < 51; w++) expect(slowFailed[w], `window ${w}`).toBeGreaterThan(200);
    expect(sum(slowFailed)).toBeGreaterThan(3 * sum(fastFailed));
  });
});
