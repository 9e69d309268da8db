/**
 * While a run runs, the visible charts take their new data one at a time,
 * each in its own task about a frame apart. Recharts re-renders a chart
 * synchronously once its new data is committed (its internal store is updated
 * from an effect), and React renders all pending transitions together — so
 * charts refreshed together cost one long task. Queued, each costs a short
 * one, and the canvas's animation keeps its frames.
 */
import { startTransition } from 'react';

/** Time between two queued redraws, ms (about one animation frame). */
export const DRAW_GAP_MS = 16;

const jobs: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

function runNext(): void {
  timer = null;
  const job = jobs.shift();
  if (job === undefined) return;
  startTransition(job);
  if (jobs.length > 0) timer = setTimeout(runNext, DRAW_GAP_MS);
}

/** Queue `job` (a state update that redraws one chart); returns a function that unqueues it. */
export function queueDraw(job: () => void): () => void {
  jobs.push(job);
  timer ??= setTimeout(runNext, 0);
  return () => {
    const at = jobs.indexOf(job);
    if (at >= 0) jobs.splice(at, 1);
  };
}
