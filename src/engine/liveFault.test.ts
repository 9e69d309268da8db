import { describe, expect, it } from 'vitest';
import { fullStackSpec } from './fullStack.ts';
import { createSimulation } from './simulation.ts';
import type { FaultSpec } from './spec.ts';

describe('live fault injection', () => {
  it('a fault injected at the current time gives exactly the run that had it on its timeline', () => {
    const at = 4321.5;
    const faults: FaultSpec[] = [
      { type: 'crash', node: 3, atMs: at, durationMs: 1500 },
      { type: 'slow', node: 9, atMs: at, durationMs: 2000, factor: 4 },
    ];
    const base = fullStackSpec({ durationMs: 10_000, ratePerSec: 2000, warmupMs: 0 });
    const scheduled = createSimulation({ ...base, faults }, { hashEvents: true });
    scheduled.runToEnd();

    const live = createSimulation(base, { hashEvents: true });
    live.runUntil(at);
    expect(live.now).toBe(at);
    for (const f of faults) live.inject(f);
    live.runToEnd();

    expect(live.eventLogHash()).toBe(scheduled.eventLogHash());
    expect(live.summary()).toEqual(scheduled.summary());
    expect(live.summary().nodes['api-1']!.failures['node-down']).toBeGreaterThan(0);
  });

  it('refuses a fault that would start in the past', () => {
    const sim = createSimulation(fullStackSpec({ durationMs: 5000, warmupMs: 0 }));
    sim.runUntil(1000);
    expect(() => sim.inject({ type: 'crash', node: 3, atMs: 500, durationMs: 100 })).toThrow(
      /past/,
    );
  });
});
