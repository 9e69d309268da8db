/** The in-page measurement of the UI benchmark. */
import type { Page } from '@playwright/test';

export interface Measured {
  fps: number;
  frames: number;
  maxFrameMs: number;
  longTasks: number;
  maxLongTaskMs: number;
  maxDots: number;
  /** When each long task started (ms after the measurement began) and how long it took. */
  longTaskTimes: [number, number][];
  /** Long animation frames (> 50 ms) with their slowest scripts: what the long tasks were. */
  longFrames: LongFrame[];
}

/** One long animation frame, attributed (Long Animation Frames API). */
export interface LongFrame {
  atMs: number;
  durationMs: number;
  /** Time spent in style and layout, and in rendering after the scripts, ms. */
  layoutMs: number;
  renderMs: number;
  scripts: {
    invoker: string;
    fn: string;
    source: string;
    durationMs: number;
    forcedLayoutMs: number;
  }[];
}

/**
 * Runs in the page: frames via requestAnimationFrame, long tasks via
 * PerformanceObserver. Plain JavaScript text, so the bundler's helpers
 * (tsx adds `__name` to nested functions) never reach the page.
 */
const MEASURE = `(runMs) => new Promise((resolve) => {
  let frames = 0, maxFrameMs = 0, maxDots = 0, longTasks = 0, maxLongTaskMs = 0;
  const longTaskTimes = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { longTasks++; maxLongTaskMs = Math.max(maxLongTaskMs, e.duration); longTaskTimes.push([Math.round(e.startTime - start), Math.round(e.duration)]); }
  });
  observer.observe({ type: 'longtask', buffered: false });
  const longFrames = [];
  const loaf = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.duration <= 50) continue;
      const end = e.startTime + e.duration;
      longFrames.push({
        atMs: Math.round(e.startTime - start), durationMs: Math.round(e.duration),
        layoutMs: Math.round(e.styleAndLayoutStart > 0 ? end - e.styleAndLayoutStart : 0),
        renderMs: Math.round(e.renderStart > 0 ? end - e.renderStart : 0),
        scripts: [...e.scripts].sort((a, b) => b.duration - a.duration).slice(0, 4).map((s) => ({
          invoker: s.invoker, fn: s.sourceFunctionName, source: (s.sourceURL || '').split('/').pop() + ':' + s.sourceCharPosition,
          durationMs: Math.round(s.duration), forcedLayoutMs: Math.round(s.forcedStyleAndLayoutDuration),
        })),
      });
    }
  });
  try { loaf.observe({ type: 'long-animation-frame', buffered: false }); } catch {}
  const dots = document.querySelector('[data-testid="request-dots"]');
  const start = performance.now();
  let last = start;
  const tick = (now) => {
    frames++;
    maxFrameMs = Math.max(maxFrameMs, now - last);
    last = now;
    maxDots = Math.max(maxDots, Number(dots?.getAttribute('data-count') ?? 0));
    if (now - start < runMs) requestAnimationFrame(tick);
    else {
      observer.disconnect();
      loaf.disconnect();
      resolve({ fps: (frames * 1000) / (now - start), frames, maxFrameMs, longTasks, maxLongTaskMs, maxDots, longTaskTimes, longFrames });
    }
  };
  requestAnimationFrame(tick);
})`;

/** Measure the page for `runMs` of wall time. */
export function measure(page: Page, runMs: number): Promise<Measured> {
  return page.evaluate<Measured>(`(${MEASURE})(${runMs})`);
}
