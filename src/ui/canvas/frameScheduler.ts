/**
 * One animation-frame loop for everything the canvas animates. Tasks are
 * added and removed; the loop runs only while there is a task. The frame
 * source is injected so tests drive it by hand.
 */

export interface FrameSource {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

export type FrameTask = (now: number) => void;

export interface FrameScheduler {
  /** Run `task` every frame until the returned function is called. */
  add(task: FrameTask): () => void;
}

/** The browser's `requestAnimationFrame`. */
export const browserFrames: FrameSource = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
};

export function createFrameScheduler(source: FrameSource = browserFrames): FrameScheduler {
  const tasks = new Set<FrameTask>();
  let handle: number | null = null;
  const tick = (now: number): void => {
    handle = null;
    for (const task of [...tasks]) task(now);
    if (tasks.size > 0) handle = source.request(tick);
  };
  return {
    add(task) {
      tasks.add(task);
      handle ??= source.request(tick);
      return () => {
        tasks.delete(task);
        if (tasks.size === 0 && handle !== null) {
          source.cancel(handle);
          handle = null;
        }
      };
    },
  };
}

/** The page's scheduler. */
export const frameScheduler: FrameScheduler =
  typeof requestAnimationFrame === 'undefined'
    ? createFrameScheduler({ request: () => 0, cancel: () => undefined })
    : createFrameScheduler();
