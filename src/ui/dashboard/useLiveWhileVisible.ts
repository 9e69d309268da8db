import type { RefObject } from 'react';
import { selectStatus, useRunStore } from '../../state/runStore.ts';
import { useInView } from './useInView.ts';

/**
 * Whether a panel should follow the live metrics: while a run runs, only
 * when it is (at least partly) on screen; paused, finished or idle, always.
 */
export function useLiveWhileVisible(ref: RefObject<Element | null>): boolean {
  const inView = useInView(ref);
  const running = useRunStore(selectStatus) === 'running';
  return inView || !running;
}
