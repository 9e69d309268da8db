import { useCallback } from 'react';
import type { MetricsHistory } from '../../state/metricsHistory.ts';
import { getNodeTimeSeries } from '../../state/nodeTimeReaders.ts';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { useViewedPoints } from '../useChartView.ts';
import { useHistoryRead } from '../useHistoryRead.ts';
import { CHART_COLORS } from './chartTheme.ts';
import type { TimeLine } from './TimeLinesChart.tsx';
import { TimeLinesChart } from './TimeLinesChart.tsx';
import type { TimeDomain } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';

const RATE_LINES: readonly TimeLine[] = [
  { key: 'arrivalsPerSec', name: 'arrivals / s', color: '#4a5666', dash: '6 3' },
  { key: 'completedPerSec', name: 'completed / s', color: CHART_COLORS.completed },
];
const LATENCY_LINES: readonly TimeLine[] = [
  { key: 'p50', name: 'p50', color: CHART_COLORS.p50 },
  { key: 'p99', name: 'p99', color: CHART_COLORS.p99, dash: '2 2' },
];
const LOAD_LINES: readonly TimeLine[] = [
  { key: 'utilization', name: 'utilization', color: '#D55E00' },
  { key: 'meanQueueLength', name: 'queue', color: '#0072B2', dash: '6 3', right: true },
];

/** The selected node's own time charts: its traffic, its latency, and (services, databases) its load. */
export function NodeDrillDown({
  nodeId,
  domain,
  markers,
}: {
  readonly nodeId: string;
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}) {
  const scenario = useDocumentStore(selectScenario);
  const kind = scenario.nodes.find((n) => n.id === nodeId)?.kind;
  const points = useViewedPoints(
    useHistoryRead(useCallback((h: MetricsHistory) => getNodeTimeSeries(h, nodeId), [nodeId])),
  );
  const common = { data: points, domain, markers };
  return (
    <section aria-label={`${nodeId} over time`} data-testid="node-drilldown">
      <h3 className="dashboard-section-title">{nodeId} over time</h3>
      <TimeLinesChart
        {...common}
        lines={RATE_LINES}
        title={`${nodeId}: arrivals and completed (requests / s)`}
        unit="req/s"
        testId="node-rate-chart"
      />
      <TimeLinesChart
        {...common}
        lines={LATENCY_LINES}
        title={`${nodeId}: latency at the node (ms)`}
        unit="ms"
        testId="node-latency-chart"
      />
      {(kind === 'service' || kind === 'database') && (
        <TimeLinesChart
          {...common}
          lines={LOAD_LINES}
          title={`${nodeId}: utilization (%) and mean queue length`}
          unit="%"
          rightUnit="requests"
          testId="node-load-chart"
        />
      )}
    </section>
  );
}
