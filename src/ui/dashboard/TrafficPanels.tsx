import { selectSelectedEdge, selectSelectedNodeId, useViewStore } from '../../state/viewStore.ts';
import { useViewedPoints } from '../useChartView.ts';
import { useTotalsSeries } from '../useTotalsSeries.ts';
import { EdgeDrillDown } from './EdgeDrillDown.tsx';
import { LatencyChart } from './LatencyChart.tsx';
import { NodeDetailPanel } from './NodeDetailPanel.tsx';
import { NodeDrillDown } from './NodeDrillDown.tsx';
import { NodePanels } from './NodePanels.tsx';
import { NodeTable } from './NodeTable.tsx';
import { ThroughputChart } from './ThroughputChart.tsx';
import type { TimeDomain } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { countRender } from '../renderCounts.ts';

/**
 * The "Traffic" tab: throughput and latency as the clients saw them; the
 * selected node's own charts and readings, or the selected edge's own charts; every node's table; the Nodes
 * section (utilization, queues, cache hit ratio, consumer lag).
 */
export function TrafficPanels({
  domain,
  markers,
}: {
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}) {
  countRender('DashboardCharts');
  const nodeId = useViewStore(selectSelectedNodeId);
  const edge = useViewStore(selectSelectedEdge);
  const data = useViewedPoints(useTotalsSeries());
  return (
    <>
      <ThroughputChart data={data} domain={domain} markers={markers} />
      <LatencyChart data={data} domain={domain} markers={markers} />
      {nodeId !== null && <NodeDrillDown nodeId={nodeId} domain={domain} markers={markers} />}
      {edge !== null && <EdgeDrillDown edge={edge} domain={domain} markers={markers} />}
      <NodeDetailPanel />
      <NodeTable />
      <NodePanels domain={domain} markers={markers} />
    </>
  );
}
