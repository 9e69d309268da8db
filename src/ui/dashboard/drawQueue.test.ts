import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAW_GAP_MS, queueDraw } from './drawQueue.ts';

describe('the chart draw queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs one redraw per task, a frame apart, in the order queued', () => {
    const ran: string[] = [];
    queueDraw(() => ran.push('throughput'));
    queueDraw(() => ran.push('latency'));
    queueDraw(() => ran.push('utilization'));
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

  it('drops a redraw taken back before its turn (newer data replaced it)', () => {
    const ran: string[] = [];
    queueDraw(() => ran.push('first'));
    const cancel = queueDraw(() => ran.push('stale'));
    queueDraw(() => ran.push('last'));
    cancel();
    vi.advanceTimersByTime(10 * DRAW_GAP_MS);
    expect(ran).toEqual(['first', 'last']);
  });
});
