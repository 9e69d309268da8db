import { selectSelectedNodeId, useViewStore } from '../../state/viewStore.ts';
import { useViewedPoints } from '../useChartView.ts';
import { useTotalsSeries } from '../useTotalsSeries.ts';
import { LatencyChart } from './LatencyChart.tsx';
import { NodeDetailPanel } from './NodeDetailPanel.tsx';
import { NodeDrillDown } from './NodeDrillDown.tsx';
import { NodePanels } from './NodePanels.tsx';
import { NodeTable } from './NodeTable.tsx';
import { ThroughputChart } from './ThroughputChart.tsx';
import type { TimeDomain } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';

/**
 * The "Traffic" tab: throughput and latency as the clients saw them; the
 * selected node's own charts and readings; every node's table; the Nodes
 * section (utilization, queues, cache hit ratio, consumer lag).
 */
export function TrafficPanels({
  domain,
  markers,
}: {
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}) {
  const nodeId = useViewStore(selectSelectedNodeId);
  // Two reads of the same series: each chart follows the history on its own, so
  // the two are updated in separate short tasks (see `historyFollowers`).
  const throughput = useViewedPoints(useTotalsSeries());
  const latency = useViewedPoints(useTotalsSeries());
  return (
    <>
      <ThroughputChart data={throughput} domain={domain} markers={markers} />
      <LatencyChart data={latency} domain={domain} markers={markers} />
      {nodeId !== null && <NodeDrillDown nodeId={nodeId} domain={domain} markers={markers} />}
      <NodeDetailPanel />
      <NodeTable />
      <NodePanels domain={domain} markers={markers} />
    </>
  );
}
