import { useTotalsSeries } from '../useTotalsSeries.ts';
import { LatencyChart } from './LatencyChart.tsx';
import { NodeDetailPanel } from './NodeDetailPanel.tsx';
import { NodeTable } from './NodeTable.tsx';
import { ThroughputChart } from './ThroughputChart.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';

/** The "Traffic" tab: throughput and latency as the clients saw them, the selected node, every node. */
export function TrafficPanels({
  durationS,
  markers,
}: {
  readonly durationS: number;
  readonly markers: TimeMarkers;
}) {
  const data = useTotalsSeries();
  return (
    <>
      <ThroughputChart data={data} durationS={durationS} markers={markers} />
      <LatencyChart data={data} durationS={durationS} markers={markers} />
      <NodeDetailPanel />
      <NodeTable />
    </>
  );
}
