import { useEffect } from 'react';
import { getEdgeLiveStates, getNodeLiveStates } from '../state/canvasReaders.ts';
import { getNodesLatest } from '../state/historyReaders.ts';
import type { MetricsHistory } from '../state/metricsHistory.ts';
import { metricsHistory } from '../state/metricsHistory.ts';
import { useRunStore } from '../state/runStore.ts';
import type { EdgeReading, NodeReading } from './canvas/topologyTypes.ts';
import { toEdgeKey } from './canvas/topologyTypes.ts';
import { toNodeReading } from './nodeReading.ts';

export interface CanvasReadings {
  readonly readings: ReadonlyMap<string, NodeReading>;
  readonly edgeReadings: ReadonlyMap<string, EdgeReading>;
}

/** Each node's reading with its live badges, and each edge's reading, from the newest window. */
export function getCanvasReadings(history: MetricsHistory): CanvasReadings {
  const live = new Map(getNodeLiveStates(history).map((s) => [s.id, s]));
  const readings = new Map(
    getNodesLatest(history).map((n) => {
      const base = toNodeReading(n);
      const l = live.get(n.id);
      return [n.id, l === undefined ? base : { ...base, live: l }];
    }),
  );
  const edgeReadings = new Map(getEdgeLiveStates(history).map((e) => [toEdgeKey(e), e]));
  return { readings, edgeReadings };
}

/**
 * Hands `onReadings` the canvas readings now and whenever the history version
 * changes (≤ ~5 Hz) — through a store subscription, so the component that
 * uses it does not re-render per batch. Pass a stable `onReadings`.
 */
export function useCanvasReadingsFeed(onReadings: (readings: CanvasReadings) => void): void {
  useEffect(() => {
    onReadings(getCanvasReadings(metricsHistory));
    return useRunStore.subscribe((state, previous) => {
      if (state.historyVersion !== previous.historyVersion)
        onReadings(getCanvasReadings(metricsHistory));
    });
  }, [onReadings]);
}
