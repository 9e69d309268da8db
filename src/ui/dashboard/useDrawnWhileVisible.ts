import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import { selectStatus, useRunStore } from '../../state/runStore.ts';
import { queueDraw, unqueueDraw } from './drawQueue.ts';
import { useInView } from './useInView.ts';

/**
 * What to draw. While a run runs, new content is taken through the draw
 * queue (`drawQueue`: one chart per task, about a frame apart), and only
 * while the element is on screen — scrolled out of view it keeps the content
 * drawn last, so panels nobody can see cost no main-thread time at 5 updates
 * a second. Scrolled back in, it catches up through the queue; paused,
 * finished or idle, it draws the newest content at once.
 */
export function useDrawnWhileVisible(
  ref: RefObject<Element | null>,
  content: ReactNode,
): ReactNode {
  const inView = useInView(ref);
  const running = useRunStore(selectStatus) === 'running';
  const [drawn, setDrawn] = useState(content);
  const [owner] = useState(() => ({})); // this panel's place in the queue
  if (!running && drawn !== content) setDrawn(content); // React's "previous render" pattern
  useEffect(() => {
    if (running && inView && drawn !== content) queueDraw(owner, () => setDrawn(content));
    else unqueueDraw(owner);
  }, [owner, running, inView, drawn, content]);
  useEffect(() => () => unqueueDraw(owner), [owner]);
  return running ? drawn : content;
}
