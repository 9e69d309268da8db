import { useMemo, useState } from 'react';
import type { MetricsHistory } from '../state/metricsHistory.ts';
import { metricsHistory } from '../state/metricsHistory.ts';
import { useHistoryVersion } from './useHistoryVersion.ts';

/**
 * `read(history)` recomputed only when the history version changes (≤ ~5 Hz)
 * or `read` itself does — pass a module-level function or one from `useCallback`.
 * While `frozen` (e.g. the panel is scrolled out of view during a run) it
 * keeps the version it last read, so nothing is recomputed.
 */
export function useHistoryRead<T>(read: (history: MetricsHistory) => T, frozen = false): T {
  const version = useHistoryVersion();
  const [readAt, setReadAt] = useState(version);
  if (!frozen && readAt !== version) setReadAt(version); // React's "previous render" pattern
  const used = frozen ? readAt : version;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the version stands for the non-reactive history
  return useMemo(() => read(metricsHistory), [read, used]);
}
