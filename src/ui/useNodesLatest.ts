import { useMemo } from 'react';
import type { NodeLatest } from '../state/historyReaders.ts';
import { getNodesLatest } from '../state/historyReaders.ts';
import { metricsHistory } from '../state/metricsHistory.ts';
import { useHistoryVersion } from './useHistoryVersion.ts';

/** Every node's newest metrics window, recomputed only when the history version changes. */
export function useNodesLatest(): NodeLatest[] {
  const version = useHistoryVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the version stands for the non-reactive history
  return useMemo(() => getNodesLatest(metricsHistory), [version]);
}
