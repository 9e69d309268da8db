import { useEffect, useState } from 'react';
import { useRunStore } from '../state/runStore.ts';
import { createHistoryFollowers } from './historyFollowers.ts';

/** The page's dispatcher, fed by the run store. */
const followers = createHistoryFollowers();
followers.publish(useRunStore.getState().historyVersion);
useRunStore.subscribe((s, prev) => {
  if (s.historyVersion !== prev.historyVersion) followers.publish(s.historyVersion);
});

/**
 * Changes (at most ~10 times a second) whenever the live metrics history has
 * new windows. Every chart, table and canvas reading that follows the run
 * reads the history through this hook; the new version reaches them one at
 * a time, each in its own short task (`historyFollowers`), so no dashboard
 * update blocks the main thread for long.
 */
export function useHistoryVersion(): number {
  const [first] = useState(() => useRunStore.getState().historyVersion);
  const [version, setVersion] = useState(first);
  useEffect(() => followers.add(setVersion, first), [first]);
  return version;
}
