import { describe, expect, it } from 'vitest';
import {
  checkFaultTiming,
  describeFault,
  getFaultLanes,
  getFaultWindows,
  retimeFault,
} from './faultTimeline.ts';
import type { Scenario } from './scenarioAccess.ts';
import { defaultScenario } from './scenarioAccess.ts';

const scenario: Scenario = {
  ...defaultScenario,
  durationMs: 60_000,
  faults: [
    { type: 'latency', from: 'users', to: 'lb', atMs: 5_000, durationMs: 2_000, addMs: 150 },
    { type: 'slow', target: 'api-2', atMs: 10_000, durationMs: 3_000, factor: 3 },
    { type: 'crash', target: 'api-1', atMs: 20_000, durationMs: 5_000 },
    { type: 'errors', target: 'api-2', atMs: 30_000, durationMs: 1_000, probability: 0.25 },
  ],
};

describe('faultTimeline', () => {
  it('turns every fault into a window with its lane and a short label', () => {
    const windows = getFaultWindows(scenario);
    expect(windows.map((w) => [w.index, w.laneKey, w.atMs, w.durationMs, w.label])).toEqual([
      [0, 'users→lb', 5_000, 2_000, '+150 ms'],
      [1, 'api-2', 10_000, 3_000, 'slow ×3'],
      [2, 'api-1', 20_000, 5_000, 'crash'],
      [3, 'api-2', 30_000, 1_000, 'errors 25%'],
    ]);
    expect(windows.every((w) => !w.instant)).toBe(true);
  });

  it('has one lane per target: nodes in scenario order, then edges', () => {
    expect(getFaultLanes(scenario, getFaultWindows(scenario))).toEqual([
      { key: 'api-1', label: 'api-1' },
      { key: 'api-2', label: 'api-2' },
      { key: 'users→lb', label: 'users → lb' },
    ]);
    expect(getFaultLanes(defaultScenario, [])).toEqual([]);
  });

  it('labels every type', () => {
    expect(describeFault({ type: 'cache-flush', target: 'c', atMs: 0 })).toBe('cache flush');
    expect(
      describeFault({ type: 'hot-key', target: 'u', atMs: 0, durationMs: 1, hotShare: 0.5 }),
    ).toBe('hot key 50%');
    expect(
      describeFault({ type: 'traffic-spike', target: 'u', atMs: 0, durationMs: 1, factor: 2 }),
    ).toBe('traffic ×2');
  });

  it('keeps a window inside the run, with path-qualified messages', () => {
    expect(checkFaultTiming(1, { atMs: 0, durationMs: 60_000 }, 60_000, false)).toEqual([]);
    expect(checkFaultTiming(1, { atMs: -100, durationMs: 1_000 }, 60_000, false)).toEqual([
      { path: 'faults[1].atMs', message: "cannot start before the run's start, 0 s (got -0.1 s)" },
    ]);
    expect(checkFaultTiming(2, { atMs: 58_000, durationMs: 3_000 }, 60_000, false)).toEqual([
      {
        path: 'faults[2].durationMs',
        message: "the window must end by the run's end, 60 s; it would end at 61 s",
      },
    ]);
    expect(checkFaultTiming(0, { atMs: 1_000, durationMs: 0 }, 60_000, false)[0]?.path).toBe(
      'faults[0].durationMs',
    );
    expect(checkFaultTiming(0, { atMs: 59_999, durationMs: 0 }, 60_000, true)).toEqual([]);
    expect(checkFaultTiming(0, { atMs: 60_000, durationMs: 0 }, 60_000, true)[0]?.path).toBe(
      'faults[0].atMs',
    );
  });

  it('retimes a fault without touching its other fields; an instant one keeps no duration', () => {
    const slow = scenario.faults?.[1];
    if (slow === undefined) throw new Error('fixture');
    expect(retimeFault(slow, { atMs: 12_000, durationMs: 4_000 })).toEqual({
      ...slow,
      atMs: 12_000,
      durationMs: 4_000,
    });
    expect(
      retimeFault({ type: 'cache-flush', target: 'c', atMs: 0 }, { atMs: 5, durationMs: 9 }),
    ).toEqual({ type: 'cache-flush', target: 'c', atMs: 5 });
  });
});
