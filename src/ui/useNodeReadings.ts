import { useMemo } from 'react';
import type { NodeLatest } from '../state/historyReaders.ts';
import type { NodeReading } from './canvas/topologyTypes.ts';
import { formatPercent, formatRateCompact } from './format.ts';
import { useNodesLatest } from './useNodesLatest.ts';

/** What a node shows: services their utilization, other kinds their arrival rate. */
export function toNodeReading(latest: NodeLatest): NodeReading {
  if (latest.kind === 'service') {
    return { utilization: latest.utilization, text: formatPercent(latest.utilization) };
  }
  return { utilization: null, text: `${formatRateCompact(latest.arrivalsPerSec)}/s` };
}

/** Live readings per node id, updated with the history version. */
export function useNodeReadings(): ReadonlyMap<string, NodeReading> {
  const latest = useNodesLatest();
  return useMemo(() => new Map(latest.map((n) => [n.id, toNodeReading(n)])), [latest]);
}
