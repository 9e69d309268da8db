import { useMemo, useRef } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import type { MetricsHistory } from '../../state/metricsHistory.ts';
import { getCacheHitRatioSeries, getNodeLevelSeries } from '../../state/nodeSeriesReaders.ts';
import { useViewedSeries } from '../useChartView.ts';
import { useHistoryRead } from '../useHistoryRead.ts';
import { PanelNote } from './ChartFigure.tsx';
import { NodeLevelChart } from './NodeLevelChart.tsx';
import { useLiveWhileVisible } from './useLiveWhileVisible.ts';
import type { TimeDomain } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';

/** Kinds with workers and a queue: their utilization and queue length are charted. */
const WORKER_KINDS = ['service', 'database'] as const;
const PERCENT: readonly [number, number] = [0, 100];

const readUtilization = (h: MetricsHistory) =>
  getNodeLevelSeries(h, WORKER_KINDS, 'utilization', { scale: 100 });
const readQueueLength = (h: MetricsHistory) =>
  getNodeLevelSeries(h, WORKER_KINDS, 'meanQueueLength');
const readHitRatio = (h: MetricsHistory) => getCacheHitRatioSeries(h);
const readLag = (h: MetricsHistory) => getNodeLevelSeries(h, ['queue'], 'queueLag');

/** The Traffic tab's "Nodes" section: each chart only where the scenario has such nodes. */
export function NodePanels({
  domain,
  markers,
}: {
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}) {
  const scenario = useDocumentStore(selectScenario);
  const kinds = useMemo(() => new Set(scenario.nodes.map((n) => n.kind)), [scenario]);
  // Every node's series, read only while the section is on screen (or no run is running).
  const ref = useRef<HTMLElement>(null);
  const frozen = !useLiveWhileVisible(ref);
  const utilization = useViewedSeries(useHistoryRead(readUtilization, frozen));
  const queue = useViewedSeries(useHistoryRead(readQueueLength, frozen));
  const hitRatio = useViewedSeries(useHistoryRead(readHitRatio, frozen));
  const lag = useViewedSeries(useHistoryRead(readLag, frozen));
  const common = { domain, markers };
  return (
    <section ref={ref} aria-label="Nodes" data-testid="node-panels">
      <h3 className="dashboard-section-title">Nodes</h3>
      {kinds.has('service') || kinds.has('database') ? (
        <>
          <NodeLevelChart
            {...common}
            series={utilization}
            title="Utilization per node (%)"
            unit="%"
            yDomain={PERCENT}
            testId="node-utilization-chart"
          />
          <NodeLevelChart
            {...common}
            series={queue}
            title="Mean queue length per node (requests waiting)"
            unit="requests"
            testId="queue-chart"
          />
        </>
      ) : (
        <PanelNote testId="node-utilization-note">
          Utilization and queues: no service or database in this scenario.
        </PanelNote>
      )}
      {kinds.has('cache') ? (
        <NodeLevelChart
          {...common}
          series={hitRatio}
          title="Cache hit ratio (hits ÷ lookups, %)"
          unit="%"
          yDomain={PERCENT}
          testId="hit-ratio-chart"
        />
      ) : (
        <PanelNote testId="hit-ratio-note">Cache hit ratio: no cache in this scenario.</PanelNote>
      )}
      {kinds.has('queue') ? (
        <NodeLevelChart
          {...common}
          series={lag}
          title="Consumer lag (messages not yet consumed)"
          unit="messages"
          testId="consumer-lag-chart"
        />
      ) : (
        <PanelNote testId="consumer-lag-note">Consumer lag: no queue in this scenario.</PanelNote>
      )}
    </section>
  );
}
