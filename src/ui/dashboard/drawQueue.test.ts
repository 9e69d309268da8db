import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAW_GAP_MS, queueDraw, unqueueDraw } from './drawQueue.ts';

describe('the chart draw queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs one redraw per task, a frame apart, in the order queued', () => {
    const ran: string[] = [];
    queueDraw({}, () => ran.push('throughput'));
    queueDraw({}, () => ran.push('latency'));
    queueDraw({}, () => ran.push('utilization'));
    expect(ran).toEqual([]); // nothing in the task that queued them
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['throughput']);
    vi.advanceTimersByTime(DRAW_GAP_MS - 1);
    expect(ran).toEqual(['throughput']);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['throughput', 'latency']);
    vi.advanceTimersByTime(DRAW_GAP_MS);
    expect(ran).toEqual(['throughput', 'latency', 'utilization']);
  });

  it('a chart queued again keeps its place with its newest redraw; an unqueued one is dropped', () => {
    const ran: string[] = [];
    const [a, b, c] = [{}, {}, {}];
    queueDraw(a, () => ran.push('a1'));
    queueDraw(b, () => ran.push('b1'));
    queueDraw(c, () => ran.push('c1'));
    queueDraw(a, () => ran.push('a2')); // newer data before its turn: not sent to the back
    unqueueDraw(b); // scrolled out of view
    vi.advanceTimersByTime(10 * DRAW_GAP_MS);
    expect(ran).toEqual(['a2', 'c1']);
  });
});
