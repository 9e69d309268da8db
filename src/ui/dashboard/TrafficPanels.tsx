import type { TimeDomain } from './timeAxis.tsx';
import { useTotalsSeries } from '../useTotalsSeries.ts';
import { useViewedPoints } from '../useChartView.ts';
import { LatencyChart } from './LatencyChart.tsx';
import { NodeDetailPanel } from './NodeDetailPanel.tsx';
import { NodePanels } from './NodePanels.tsx';
import { NodeTable } from './NodeTable.tsx';
import { ThroughputChart } from './ThroughputChart.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';

/** The "Traffic" tab: throughput and latency as the clients saw them, the selected node, every node. */
export function TrafficPanels({
  domain,
  markers,
}: {
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}) {
  const data = useViewedPoints(useTotalsSeries());
  return (
    <>
      <ThroughputChart data={data} domain={domain} markers={markers} />
      <LatencyChart data={data} domain={domain} markers={markers} />
      <NodeDetailPanel />
      <NodeTable />
      <NodePanels domain={domain} markers={markers} />
    </>
  );
}
