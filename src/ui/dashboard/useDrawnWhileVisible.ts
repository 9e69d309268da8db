import { useState, type ReactNode, type RefObject } from 'react';
import { useLiveWhileVisible } from './useLiveWhileVisible.ts';

/**
 * What to draw: the new content, except while a run is running and the
 * element is scrolled out of view — then the last content drawn. Handing
 * React the same element skips the whole subtree, so panels nobody can see
 * cost no main-thread time at 5 updates a second; scrolled back into view
 * (or when the run pauses or ends) they catch up at once.
 */
export function useDrawnWhileVisible(
  ref: RefObject<Element | null>,
  content: ReactNode,
): ReactNode {
  const live = useLiveWhileVisible(ref);
  const [drawn, setDrawn] = useState(content);
  if (live && drawn !== content) setDrawn(content); // remember it (React's "previous render" pattern)
  return live ? content : drawn;
}
