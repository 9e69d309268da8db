import { startTransition, useEffect, useState } from 'react';
import { useRunStore } from '../state/runStore.ts';

const readVersion = (): number => useRunStore.getState().historyVersion;

/**
 * Changes (at most ~5 times a second) whenever the live metrics history has
 * new windows. Each change is a transition: what it recomputes (charts,
 * tables) renders once, at a priority React splits into small slices between
 * animation frames, instead of one long task that stalls the canvas's dots.
 */
export function useHistoryVersion(): number {
  const [version, setVersion] = useState(readVersion);
  useEffect(() => {
    const follow = (): void => startTransition(() => setVersion(readVersion()));
    follow(); // a change between the first render and the subscription (none: React bails out)
    return useRunStore.subscribe((state, previous) => {
      if (state.historyVersion !== previous.historyVersion) follow();
    });
  }, []);
  return version;
}
