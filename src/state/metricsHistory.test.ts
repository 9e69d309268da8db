import { describe, expect, it } from 'vitest';
import { createMetricsHistory } from './metricsHistory.ts';
import { makeFrames, testLayout } from './testFixtures.ts';

describe('metricsHistory', () => {
  it('is empty before a layout is set and ignores pushes', () => {
    const history = createMetricsHistory(4);
    const { frames, frameCount, firstWindow } = makeFrames(0, 2);
    history.push(frames, frameCount, firstWindow);
    expect(history.getLength()).toBe(0);
    expect(history.getLatest(0, 'arrivals')).toBeNaN();
  });

  it('reads values by row and metric name from the layout', () => {
    const history = createMetricsHistory(4);
    history.reset(testLayout);
    const stride = testLayout.rows * testLayout.metrics.length;
    const frames = new Float64Array(stride);
    frames[1 * testLayout.metrics.length + 3] = 0.75; // api utilization
    history.push(frames, 1, 0);
    expect(history.getValue(0, 1, 'utilization')).toBe(0.75);
    expect(history.getLatest(1, 'utilization')).toBe(0.75);
    expect(history.getLatest(1, 'latencyP99')).toBeNaN(); // not in this layout
    expect(history.getValue(0, 3, 'arrivals')).toBeNaN(); // no such row
  });

  it('when full, merges pairs of windows instead of dropping any (counts add, levels average)', () => {
    const history = createMetricsHistory(4);
    history.reset(testLayout);
    for (const [first, count] of [
      [0, 2],
      [2, 3],
    ] as const) {
      const batch = makeFrames(first, count);
      history.push(batch.frames, batch.frameCount, batch.firstWindow, batch.edgeFrames);
    }
    expect(history.getLength()).toBe(3);
    expect(history.getTotalPushed()).toBe(5);
    expect(history.getResolution()).toBe(2);
    expect([0, 1, 2].map((i) => history.getWindowIndex(i))).toEqual([0, 2, 4]);
    expect([0, 1, 2].map((i) => history.getWindowSpan(i))).toEqual([2, 2, 1]);
    expect([0, 1, 2].map((i) => history.getWindowEndMs(i))).toEqual([2000, 4000, 5000]);
    expect([0, 1, 2].map((i) => history.getValue(i, 0, 'arrivals'))).toEqual([1, 5, 4]);
    expect([0, 1, 2].map((i) => history.getValue(i, 1, 'utilization'))).toEqual([0.5, 2.5, 4]);
    expect([0, 1, 2].map((i) => history.getEdgeValue(i, 0, 'calls'))).toEqual([1, 5, 4]);
    // The next window joins the last slot (now 2 windows wide); the live reading stays raw.
    const next = makeFrames(5, 1);
    history.push(next.frames, 1, 5, next.edgeFrames);
    expect(history.getLength()).toBe(3);
    expect(history.getValue(2, 0, 'arrivals')).toBe(9);
    expect(history.getWindowSpan(2)).toBe(2);
    expect(history.getLatest(0, 'arrivals')).toBe(5);
    expect(history.getLatest(2, 'failed')).toBe(5);
  });

  it('reads only whole windows from a short buffer', () => {
    const history = createMetricsHistory(4);
    history.reset(testLayout);
    const batch = makeFrames(0, 2);
    history.push(batch.frames.subarray(0, batch.frames.length - 1), 2, 0);
    expect(history.getLength()).toBe(1);
  });

  it('reset empties it', () => {
    const history = createMetricsHistory(4);
    history.reset(testLayout);
    const batch = makeFrames(0, 2);
    history.push(batch.frames, batch.frameCount, batch.firstWindow);
    history.reset(null);
    expect(history.getLength()).toBe(0);
    expect(history.getLayout()).toBeNull();
  });

  it('keeps each window’s edge rows beside it', () => {
    const history = createMetricsHistory(2);
    history.reset(testLayout);
    for (const first of [1, 2]) {
      const batch = makeFrames(first, 1);
      history.push(batch.frames, batch.frameCount, batch.firstWindow, batch.edgeFrames);
    }
    expect(history.getLength()).toBe(2);
    expect([0, 1].map((i) => history.getEdgeValue(i, 0, 'calls'))).toEqual([1, 2]);
    expect(history.getEdgeValue(0, 0, 'inFlight')).toBe(1);
    expect(history.getEdgeValue(0, 1, 'calls')).toBeNaN(); // no such edge
    expect(history.getEdgeValue(5, 0, 'calls')).toBeNaN(); // no such window
  });

  it('stores zeros for edges when a batch carries no edge rows', () => {
    const history = createMetricsHistory(2);
    history.reset(testLayout);
    const batch = makeFrames(3, 1);
    history.push(batch.frames, 1, 3);
    expect(history.getEdgeValue(0, 0, 'calls')).toBe(0);
  });

  it('rejects a capacity that is not an even number ≥ 2', () => {
    expect(() => createMetricsHistory(0)).toThrow(RangeError);
    expect(() => createMetricsHistory(3)).toThrow(RangeError);
  });
});
