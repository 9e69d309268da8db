import { useMemo } from 'react';
import { selectScenario, useDocumentStore } from '../state/documentStore.ts';
import { getEditMarks } from '../state/liveEdits.ts';
import type { AlertMarker, TimeMarkers } from './dashboard/timeMarkers.tsx';
import { toFaultMarkers } from './dashboard/timeMarkers.tsx';
import { useFaultTimelineModel } from './timeline/useFaultTimelineModel.ts';

const NO_ALERTS: readonly AlertMarker[] = [];

/**
 * What every time chart marks: the scenario's fault windows (timeline and live
 * injections alike), its recorded live edits, and `alerts` — the alert log's events once it reports them
 * (pass a stable array; none by default).
 */
export function useTimeMarkers(alerts: readonly AlertMarker[] = NO_ALERTS): TimeMarkers {
  const { windows, durationMs } = useFaultTimelineModel();
  const edits = useEditMarkers();
  return useMemo(
    () => ({ faults: toFaultMarkers(windows, durationMs), alerts, edits }),
    [windows, durationMs, alerts, edits],
  );
}

/** The scenario's recorded edits as chart markers (a stable array between scenario changes). */
function useEditMarkers() {
  const scenario = useDocumentStore(selectScenario);
  return useMemo(
    () =>
      getEditMarks(scenario).map((m) => ({ key: `edit-${m.index}`, atMs: m.atMs, label: m.label })),
    [scenario],
  );
}
