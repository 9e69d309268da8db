import { useMemo } from 'react';
import { getEdgeLiveStates, getNodeLiveStates } from '../state/canvasReaders.ts';
import { metricsHistory } from '../state/metricsHistory.ts';
import type { EdgeReading, NodeReading } from './canvas/topologyTypes.ts';
import { toEdgeKey } from './canvas/topologyTypes.ts';
import { useHistoryVersion } from './useHistoryVersion.ts';
import { useNodeReadings } from './useNodeReadings.ts';

export interface CanvasReadings {
  readonly readings: ReadonlyMap<string, NodeReading>;
  readonly edgeReadings: ReadonlyMap<string, EdgeReading>;
}

/** Node readings with their live badges, and edge readings; recomputed with the history version. */
export function useCanvasReadings(): CanvasReadings {
  const base = useNodeReadings();
  const version = useHistoryVersion();
  return useMemo(() => {
    const live = new Map(getNodeLiveStates(metricsHistory).map((s) => [s.id, s]));
    const readings = new Map(
      [...base].map(([id, r]) => {
        const l = live.get(id);
        return [id, l === undefined ? r : { ...r, live: l }];
      }),
    );
    const edgeReadings = new Map(getEdgeLiveStates(metricsHistory).map((e) => [toEdgeKey(e), e]));
    return { readings, edgeReadings };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the version stands for the non-reactive history
  }, [base, version]);
}
