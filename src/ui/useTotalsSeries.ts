import { useMemo } from 'react';
import type { TotalsPoint } from '../state/historyReaders.ts';
import { getTotalsSeries } from '../state/historyReaders.ts';
import { metricsHistory } from '../state/metricsHistory.ts';
import { useHistoryVersion } from './useHistoryVersion.ts';

/** The totals series for the charts, recomputed only when the history version changes. */
export function useTotalsSeries(): TotalsPoint[] {
  const version = useHistoryVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the version stands for the non-reactive history
  return useMemo(() => getTotalsSeries(metricsHistory), [version]);
}
