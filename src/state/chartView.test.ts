import { beforeEach, describe, expect, it } from 'vitest';
import { applyChartView, cutToWindow, smoothPoints } from './chartView.ts';
import { initialChartViewData, useChartViewStore } from './chartViewStore.ts';

// Windows of 1 s ending at 1 … 80 s; v = t, so averages are easy to check by hand.
const points = Array.from({ length: 80 }, (_, k) => ({ t: k + 1, v: k + 1 }));

describe('chart window', () => {
  it('keeps the whole run when no window is asked for', () => {
    expect(cutToWindow(points, null)).toBe(points);
  });

  it('keeps the windows that end within the last N seconds', () => {
    // Newest end 80 s: the last 10 s are the windows ending 71 … 80.
    expect(cutToWindow(points, 10).map((p) => p.t)).toEqual([
      71, 72, 73, 74, 75, 76, 77, 78, 79, 80,
    ]);
    expect(cutToWindow(points, 60)).toHaveLength(60);
    expect(cutToWindow(points, 60)[0]?.t).toBe(21);
  });

  it('keeps a run shorter than the window whole', () => {
    expect(cutToWindow(points.slice(0, 5), 10)).toHaveLength(5);
    expect(cutToWindow([], 10)).toEqual([]);
  });
});

describe('smoothing', () => {
  it('averages each value over this point and the four before it', () => {
    const s = smoothPoints(points);
    expect(s[0]).toEqual({ t: 1, v: 1 });
    expect(s[1]).toEqual({ t: 2, v: 1.5 });
    expect(s[4]).toEqual({ t: 5, v: 3 }); // (1+2+3+4+5)/5
    expect(s[9]).toEqual({ t: 10, v: 8 }); // (6+…+10)/5
  });

  it('keeps gaps as gaps and averages only the numbers around them', () => {
    const latency = [
      { t: 1, p99: 10 },
      { t: 2, p99: null },
      { t: 3, p99: 40 },
    ];
    expect(smoothPoints(latency)).toEqual([
      { t: 1, p99: 10 },
      { t: 2, p99: null },
      { t: 3, p99: 25 },
    ]);
  });

  it('smooths before cutting, so the first point of a window is a full average', () => {
    const shown = applyChartView(points, { window: 'last10', smoothed: true });
    expect(shown[0]).toEqual({ t: 71, v: 69 }); // (67+68+69+70+71)/5
    expect(applyChartView(points, { window: 'all', smoothed: false })).toBe(points);
  });
});

describe('chartViewStore', () => {
  beforeEach(() => useChartViewStore.setState(initialChartViewData));

  it('starts on the whole run, unsmoothed, and takes a window and smoothing', () => {
    expect(useChartViewStore.getState().window).toBe('all');
    useChartViewStore.getState().setWindow('last60');
    useChartViewStore.getState().setSmoothed(true);
    expect(useChartViewStore.getState()).toMatchObject({ window: 'last60', smoothed: true });
  });
});
