import { useMemo } from 'react';
import type { MetricsHistory } from '../state/metricsHistory.ts';
import { metricsHistory } from '../state/metricsHistory.ts';
import { useHistoryVersion } from './useHistoryVersion.ts';

/**
 * `read(history)` recomputed only when the history version changes (≤ ~5 Hz)
 * or `read` itself does — pass a module-level function or one from `useCallback`.
 */
export function useHistoryRead<T>(read: (history: MetricsHistory) => T): T {
  const version = useHistoryVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the version stands for the non-reactive history
  return useMemo(() => read(metricsHistory), [read, version]);
}
