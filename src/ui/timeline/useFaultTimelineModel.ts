import { useMemo } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import type { FaultLane, FaultWindow } from '../../state/faultTimeline.ts';
import { getFaultLanes, getFaultWindows } from '../../state/faultTimeline.ts';

/** The scenario's fault windows and lanes, recomputed only when the scenario changes. */
export function useFaultTimelineModel(): {
  readonly windows: readonly FaultWindow[];
  readonly lanes: readonly FaultLane[];
  readonly durationMs: number;
} {
  const scenario = useDocumentStore(selectScenario);
  return useMemo(() => {
    const windows = getFaultWindows(scenario);
    return { windows, lanes: getFaultLanes(scenario, windows), durationMs: scenario.durationMs };
  }, [scenario]);
}
