import { selectHistoryVersion, useRunStore } from '../state/runStore.ts';

/** Changes (at most ~10 times a second) whenever the live metrics history has new windows. */
export function useHistoryVersion(): number {
  return useRunStore(selectHistoryVersion);
}
