import { describe, expect, it } from 'vitest';
import {
  formatTimelineTick,
  formatWindowSpan,
  getDraggedTiming,
  getDragSnapMs,
  getKeyedTiming,
  snapTo,
} from './timelineMath.ts';

const RUN = 120_000;
const origin = { atMs: 30_000, durationMs: 3_000 };
const key = (k: string, shiftKey = false, altKey = false) => ({ key: k, shiftKey, altKey });

describe('timelineMath', () => {
  it('snaps to the nearest step', () => {
    expect(snapTo(1_249, 100)).toBe(1_200);
    expect(snapTo(1_250, 100)).toBe(1_300);
    expect(snapTo(7, 0)).toBe(7);
  });

  it('chooses a drag snap that is at least 3 px wide, never below the base', () => {
    expect(getDragSnapMs(4, 100)).toBe(100);
    expect(getDragSnapMs(50, 100)).toBe(200);
    expect(getDragSnapMs(243, 100)).toBe(1_000);
    expect(getDragSnapMs(1_000, 100)).toBe(5_000);
    expect(getDragSnapMs(0, 250)).toBe(250);
  });

  it('moves a window by the drag, snapped, keeping its duration', () => {
    expect(getDraggedTiming(origin, 'move', 4_321, RUN, 100, false)).toEqual({
      atMs: 34_300,
      durationMs: 3_000,
    });
    expect(getDraggedTiming(origin, 'move', -29, RUN, 100, false)).toEqual(origin);
  });

  it('leaves an unsnapped window alone when nothing moved', () => {
    const odd = { atMs: 1_234, durationMs: 567 };
    expect(getDraggedTiming(odd, 'move', 0, RUN, 100, false)).toBe(odd);
  });

  it('resizes from either edge, the other edge staying put, at least one step long', () => {
    expect(getDraggedTiming(origin, 'end', 2_040, RUN, 100, false)).toEqual({
      atMs: 30_000,
      durationMs: 5_000,
    });
    expect(getDraggedTiming(origin, 'start', -1_960, RUN, 100, false)).toEqual({
      atMs: 28_000,
      durationMs: 5_000,
    });
    expect(getDraggedTiming(origin, 'end', -10_000, RUN, 100, false)).toEqual({
      atMs: 30_000,
      durationMs: 100,
    });
    expect(getDraggedTiming(origin, 'start', 10_000, RUN, 100, false)).toEqual({
      atMs: 32_900,
      durationMs: 100,
    });
  });

  it('keeps a window inside the run', () => {
    expect(getDraggedTiming(origin, 'move', -99_000, RUN, 100, false)).toEqual({
      atMs: 0,
      durationMs: 3_000,
    });
    expect(getDraggedTiming(origin, 'move', 99_000, RUN, 100, false)).toEqual({
      atMs: 117_000,
      durationMs: 3_000,
    });
    expect(getDraggedTiming(origin, 'end', 99_000, RUN, 100, false)).toEqual({
      atMs: 30_000,
      durationMs: 90_000,
    });
    expect(getDraggedTiming(origin, 'start', -99_000, RUN, 100, false)).toEqual({
      atMs: 0,
      durationMs: 33_000,
    });
    expect(getDraggedTiming({ atMs: 10, durationMs: 500_000 }, 'move', 5, RUN, 100, false)).toEqual(
      { atMs: 0, durationMs: RUN },
    );
  });

  it('moves an instant fault only, and keeps it before the end', () => {
    const flush = { atMs: 5_000, durationMs: 0 };
    expect(getDraggedTiming(flush, 'end', 1_000, RUN, 100, true)).toEqual({
      atMs: 6_000,
      durationMs: 0,
    });
    expect(getDraggedTiming(flush, 'move', 500_000, RUN, 100, true)).toEqual({
      atMs: 119_900,
      durationMs: 0,
    });
  });

  it('proposes moves and resizes for the arrow keys, unclamped', () => {
    expect(getKeyedTiming(origin, key('ArrowRight'), 1_000, 100, false)).toEqual({
      atMs: 31_000,
      durationMs: 3_000,
    });
    expect(getKeyedTiming(origin, key('ArrowLeft', false, true), 1_000, 100, false)).toEqual({
      atMs: 29_900,
      durationMs: 3_000,
    });
    expect(getKeyedTiming(origin, key('ArrowLeft', true), 1_000, 100, false)).toEqual({
      atMs: 30_000,
      durationMs: 2_000,
    });
    expect(getKeyedTiming({ atMs: 0, durationMs: 1 }, key('ArrowLeft'), 1_000, 100, false)).toEqual(
      { atMs: -1_000, durationMs: 1 },
    );
    expect(getKeyedTiming(origin, key('ArrowRight', true), 1_000, 100, true)).toEqual({
      atMs: 31_000,
      durationMs: 3_000,
    });
    expect(getKeyedTiming(origin, key('Enter'), 1_000, 100, false)).toBeNull();
  });

  it('labels the axis in ms for short runs and in seconds otherwise', () => {
    expect(formatTimelineTick(1_500, 2_000)).toBe('1500 ms');
    expect(formatTimelineTick(30_000, RUN)).toBe('30 s');
    expect(formatTimelineTick(1_500, RUN)).toBe('1.5 s');
    expect(formatWindowSpan(origin, RUN, false)).toBe('30 s → 33 s');
    expect(formatWindowSpan(origin, RUN, true)).toBe('at 30 s');
  });
});
