import { useMemo } from 'react';
import type { AlertMarker, TimeMarkers } from './dashboard/timeMarkers.tsx';
import { toFaultMarkers } from './dashboard/timeMarkers.tsx';
import { useFaultTimelineModel } from './timeline/useFaultTimelineModel.ts';

const NO_ALERTS: readonly AlertMarker[] = [];

/**
 * What every time chart marks: the scenario's fault windows (timeline and live
 * injections alike) and `alerts` — the alert log's events once it reports them
 * (pass a stable array; none by default).
 */
export function useTimeMarkers(alerts: readonly AlertMarker[] = NO_ALERTS): TimeMarkers {
  const { windows, durationMs } = useFaultTimelineModel();
  return useMemo(
    () => ({ faults: toFaultMarkers(windows, durationMs), alerts }),
    [windows, durationMs, alerts],
  );
}
