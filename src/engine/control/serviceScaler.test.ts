/**
 * Autoscaling in a running simulation: a service at 400 requests/s per
 * instance (4 workers × 10 ms) gets 200/s, then 1000/s from 30 s. The
 * autoscaler evaluates every 5 s, new instances serve 10 s after they are
 * started, and a scale-out waits for the cooldown after the previous one.
 */
import { describe, expect, it } from 'vitest';
import { METRIC, METRIC_COUNT, type WindowFrame } from '../metrics/layout.ts';
import { createSimulation } from '../simulation.ts';
import type { ModelSpec } from '../spec.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';
import type { AutoscalerOptions } from './autoscaler.ts';
import type { ControlEvent, ScalingLogEvent } from './controlLog.ts';

const SCALING: AutoscalerOptions = {
  minInstances: 1,
  maxInstances: 10,
  targetUtilization: 0.6,
  tolerance: 0.1,
  evaluationIntervalMs: 5000,
  scaleOutCooldownMs: 20_000,
  scaleInCooldownMs: 300_000,
  startupDelayMs: 10_000,
};

function spec(autoscaling: AutoscalerOptions | undefined, durationMs = 80_000): ModelSpec {
  const steps = [
    { atMs: 0, ratePerSec: 200 },
    { atMs: 30_000, ratePerSec: 1000 },
  ];
  return model(
    [
      { kind: 'client', id: 'users', arrival: { type: 'steps', steps }, workload: WORKLOAD },
      service('api', {
        workers: 4,
        serviceTimeMs: { type: 'exponential', mean: 10 },
        ...(autoscaling === undefined ? {} : { autoscaling }),
      }),
    ],
    [edge(0, 1)],
    { durationMs, seed: 3 },
  );
}

function run(s: ModelSpec): { frames: WindowFrame[]; events: ControlEvent[] } {
  const sim = createSimulation(s);
  sim.runToEnd();
  return { frames: sim.drainFrames(), events: sim.drainControlEvents() };
}

const cell = (f: WindowFrame, row: number, metric: keyof typeof METRIC): number =>
  f.values[row * METRIC_COUNT + METRIC[metric]]!;
const scaling = (events: readonly ControlEvent[]): ScalingLogEvent[] =>
  events.filter((e): e is ScalingLogEvent => e.kind === 'scaling');

describe('autoscaling in the simulation', { timeout: 30_000 }, () => {
  it('new instances serve only after the start-up delay: capacity rises at that moment, not before', () => {
    const { frames, events } = run(spec(SCALING));
    const [out, ready] = scaling(events);
    // At 200/s one instance is 50 % busy (below the 60 % target, and at the minimum).
    // At 35 s the first evaluation after the step sees it saturated: ⌈1 × 1.0 / 0.6⌉ = 2.
    expect(out).toMatchObject({ change: 'scale-out', atMs: 35_000, count: 1, readyAtMs: 45_000 });
    expect(ready).toMatchObject({ change: 'ready', atMs: 45_000, count: 1, ready: 2 });
    const instancesAt = (endS: number) => cell(frames[endS - 1]!, 1, 'instances');
    expect([instancesAt(35), instancesAt(44), instancesAt(45), instancesAt(46)]).toEqual([
      1, 1, 2, 2,
    ]);
    // Completions per second: one instance manages ~400/s until 45 s, two ~800/s right after.
    const completed = (fromS: number, toS: number) =>
      frames.slice(fromS, toS).reduce((sum, f) => sum + cell(f, 1, 'completed'), 0) / (toS - fromS);
    expect(completed(36, 45)).toBeLessThan(420);
    expect(completed(45, 50)).toBeGreaterThan(760);
    expect(completed(45, 50)).toBeLessThan(820);
  });

  it('no second scale-out within the cooldown, though the autoscaler wants one', () => {
    const times = (cooldownMs: number) =>
      scaling(run(spec({ ...SCALING, scaleOutCooldownMs: cooldownMs })).events)
        .filter((e) => e.change === 'scale-out')
        .map((e) => e.atMs)
        .slice(0, 2);
    // Two instances (800/s) are still saturated by 1000/s: ⌈2 × 1.0 / 0.6⌉ = 4 is wanted at 50 s
    // (at 45 s the new instance has just become ready and counts at 0 %: ⌈2 × 0.5 / 0.6⌉ = 2).
    expect(times(5000)).toEqual([35_000, 50_000]);
    // With a 20 s cooldown the second waits until 35 s + 20 s.
    expect(times(20_000)).toEqual([35_000, 55_000]);
  });

  it('scales in after the load drops, draining instances without losing a request', () => {
    const s = spec({ ...SCALING, scaleInCooldownMs: 30_000 }, 200_000);
    const client = s.nodes[0]!;
    const arrival = {
      type: 'steps' as const,
      steps: [
        { atMs: 0, ratePerSec: 1000 },
        { atMs: 100_000, ratePerSec: 100 },
      ],
    };
    const { frames, events } = run({
      ...s,
      nodes: [{ ...client, arrival } as typeof client, s.nodes[1]!],
    });
    const scaleIns = scaling(events).filter((e) => e.change === 'scale-in' && e.atMs > 100_000);
    expect(scaleIns.length).toBeGreaterThan(0);
    // 100/s needs one instance at 60 % (25 % busy): back to the minimum.
    expect(cell(frames[99]!, 1, 'instances')).toBeGreaterThan(1);
    expect(cell(frames.at(-1)!, 1, 'instances')).toBe(1);
    // Conservation through every scale-in: in flight now = before + arrivals − answered.
    let inFlight = 0;
    for (const f of frames) {
      inFlight += cell(f, 1, 'arrivals') - cell(f, 1, 'completed') - cell(f, 1, 'failed');
      expect(cell(f, 1, 'inFlight')).toBe(inFlight);
      expect(cell(f, 1, 'utilization')).toBeLessThanOrEqual(1 + 1e-9);
    }
    const sim = createSimulation({
      ...s,
      nodes: [{ ...client, arrival } as typeof client, s.nodes[1]!],
    });
    sim.runToEnd();
    const api = sim.summary().nodes['api']!;
    // Nothing is lost when an instance is stopped: it finishes what it holds.
    expect(api.failed).toBe(0);
    const totals = sim.summary().scaling?.nodes['api'];
    expect(totals?.peakInstances).toBeGreaterThan(2);
    const logged = (change: string) => scaling(events).filter((e) => e.change === change).length;
    expect(totals).toMatchObject({
      finalInstances: 1,
      scaleIns: logged('scale-in'),
      scaleOuts: logged('scale-out'),
    });
  });

  it('changes nothing for a service without autoscaling', () => {
    const { events, frames } = run(spec(undefined));
    expect(scaling(events)).toEqual([]);
    expect(frames.every((f) => cell(f, 1, 'instances') === 1)).toBe(true);
    const sim = createSimulation(spec(undefined));
    sim.runToEnd();
    expect(sim.summary().scaling).toBeUndefined();
  });
});
