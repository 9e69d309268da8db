import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullStackSpec } from './fullStack.ts';
import { METRIC, METRIC_COUNT } from './metrics/layout.ts';
import { createSimulation } from './simulation.ts';
import type { ArrivalSpec } from './spec.ts';
import { WORKLOAD, edge, model, service } from './testSpecs.ts';

describe('full stack', { timeout: 60_000 }, () => {
  it("Little's law L = λW holds at every node of a full-stack topology", () => {
    const sim = createSimulation(fullStackSpec({ durationMs: 120_000 }));
    sim.runToEnd();
    const { nodes } = sim.summary();
    for (const [id, n] of Object.entries(nodes)) {
      const lambdaW = (n.arrivalRatePerSec / 1000) * n.meanTimeInNodeMs;
      expect(n.meanInFlight, id).toBeGreaterThan(0);
      expect(Math.abs(n.meanInFlight - lambdaW) / n.meanInFlight, id).toBeLessThan(0.01);
    }
    expect(nodes['cache']!['hitRatio']).toBeGreaterThan(0.5);
  });

  it('conserves calls at every node and window under random crashes (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            node: fc.integer({ min: 1, max: 11 }),
            atMs: fc.integer({ min: 0, max: 6000 }),
            durationMs: fc.integer({ min: 1, max: 3000 }),
          }),
          { maxLength: 4 },
        ),
        fc.integer({ min: 0, max: 1000 }),
        (faults, seed) => {
          const spec = {
            ...fullStackSpec({ durationMs: 8000, seed, warmupMs: 0, ratePerSec: 2000 }),
            faults: faults.map((f) => ({ type: 'crash' as const, ...f })),
          };
          const sim = createSimulation(spec);
          const rows = sim.layout.rows;
          const arrived = new Float64Array(rows);
          const finished = new Float64Array(rows);
          while (!sim.done) {
            sim.runUntil(Infinity, 20_000);
            for (const f of sim.drainFrames()) {
              for (let r = 0; r < rows; r++) {
                const o = r * METRIC_COUNT;
                arrived[r]! += f.values[o + METRIC.arrivals]!;
                finished[r]! += f.values[o + METRIC.completed]! + f.values[o + METRIC.failed]!;
                expect(arrived[r]).toBe(finished[r]! + f.values[o + METRIC.inFlight]!);
                expect(f.values[o + METRIC.inFlight]).toBeGreaterThanOrEqual(0);
                expect(f.values[o + METRIC.meanQueueLength]).toBeGreaterThanOrEqual(0);
              }
            }
          }
          const t = sim.summary().totals;
          expect(t.succeeded + t.failed).toBeLessThanOrEqual(t.requests);
        },
      ),
      { numRuns: 25, seed: 42 },
    );
  });
});

describe('arrival shapes', () => {
  function rates(arrival: ArrivalSpec): number[] {
    const sim = createSimulation(
      model(
        [
          { kind: 'client', id: 'c', arrival, workload: WORKLOAD },
          service('s', { workers: 1000, serviceTimeMs: { type: 'constant', value: 1 } }),
        ],
        [edge(0, 1)],
        {
          durationMs: 40_000,
        },
      ),
    );
    sim.runToEnd();
    return sim.drainFrames().map((f) => f.values[METRIC.arrivals]!);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it('steps, ramp and spike follow their rate over time', () => {
    const steps = rates({
      type: 'steps',
      steps: [
        { atMs: 0, ratePerSec: 200 },
        { atMs: 20_000, ratePerSec: 800 },
      ],
    });
    expect(mean(steps.slice(0, 20)) / 200).toBeCloseTo(1, 1);
    expect(mean(steps.slice(20)) / 800).toBeCloseTo(1, 1);
    const ramp = rates({
      type: 'ramp',
      fromPerSec: 100,
      toPerSec: 900,
      startMs: 10_000,
      durationMs: 20_000,
    });
    expect(mean(ramp.slice(0, 10)) / 100).toBeCloseTo(1, 1);
    expect(mean(ramp.slice(18, 22)) / 500).toBeCloseTo(1, 1);
    expect(mean(ramp.slice(30)) / 900).toBeCloseTo(1, 1);
    const spike = rates({
      type: 'spike',
      ratePerSec: 100,
      spikeRatePerSec: 1000,
      atMs: 15_000,
      durationMs: 5000,
    });
    expect(mean(spike.slice(15, 20)) / 1000).toBeCloseTo(1, 1);
    expect(mean([...spike.slice(0, 15), ...spike.slice(20)]) / 100).toBeCloseTo(1, 1);
  });

  it('a rate that drops to zero for good ends the arrivals (no endless thinning)', () => {
    const r = rates({
      type: 'steps',
      steps: [
        { atMs: 0, ratePerSec: 100 },
        { atMs: 5000, ratePerSec: 0 },
      ],
    });
    expect(r.slice(6).every((n) => n === 0)).toBe(true);
  });
});
