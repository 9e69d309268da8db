/**
 * While a run runs, the visible charts take their new data one at a time,
 * each in its own task about a frame apart. Recharts re-renders a chart
 * synchronously once its new data is committed (its internal store is set
 * from an effect), and React renders all pending transitions together — so
 * charts refreshed together cost one long task. Queued, each costs a short
 * one, and the canvas's animation keeps its frames. A chart queued again
 * before its turn keeps its place with the newer redraw, so however many
 * charts are on screen, each is drawn in turn.
 */
import { startTransition } from 'react';

/** Time between two queued redraws, ms (about one animation frame). */
export const DRAW_GAP_MS = 16;

/** The pending redraw of each chart (by owner), in the order first queued. */
const jobs = new Map<object, () => void>();
let timer: ReturnType<typeof setTimeout> | null = null;

function runNext(): void {
  timer = null;
  const next = jobs.entries().next();
  if (next.done === true) return;
  const [owner, job] = next.value;
  jobs.delete(owner);
  startTransition(job);
  if (jobs.size > 0) timer = setTimeout(runNext, DRAW_GAP_MS);
}

/** Queue `owner`'s redraw `job` (a state update), replacing one it has queued already, in its place. */
export function queueDraw(owner: object, job: () => void): void {
  jobs.set(owner, job);
  timer ??= setTimeout(runNext, 0);
}

/** Drop `owner`'s pending redraw, if any. */
export function unqueueDraw(owner: object): void {
  jobs.delete(owner);
}
