import type { TimeDomain } from './timeAxis.tsx';
import { useCallback, useMemo } from 'react';
import { getLostWritesSeries } from '../../state/capacityReaders.ts';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import type { FailureCauseSeries } from '../../state/failureReaders.ts';
import {
  getFailureCauseSeries,
  getGoodputSeries,
  hasDegradedMetric,
} from '../../state/failureReaders.ts';
import type { MetricsHistory } from '../../state/metricsHistory.ts';
import { getWriteBehindCacheIds } from '../../state/resilienceSubjects.ts';
import { selectLayout, useRunStore } from '../../state/runStore.ts';
import { selectSelectedNodeId, useViewStore } from '../../state/viewStore.ts';
import { useViewedPoints, useViewedSeries } from '../useChartView.ts';
import { useHistoryRead } from '../useHistoryRead.ts';
import { PanelNote } from './ChartFigure.tsx';
import { FailuresByCauseChart } from './FailuresByCauseChart.tsx';
import { GoodputChart } from './GoodputChart.tsx';
import { NodeSeriesChart } from './NodeSeriesChart.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { countRender } from '../renderCounts.ts';

const readTotalsCauses = (h: MetricsHistory): FailureCauseSeries => getFailureCauseSeries(h);
const readGoodput = (h: MetricsHistory) => getGoodputSeries(h);
const NO_CAUSES: FailureCauseSeries = { causes: [], points: [] };

/** The "Failures" tab: goodput against throughput, failures by cause (clients, and the selected node), lost data. */
export function FailurePanels({
  domain,
  markers,
}: {
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}) {
  countRender('DashboardCharts');
  const scenario = useDocumentStore(selectScenario);
  const layout = useRunStore(selectLayout);
  const nodeId = useViewStore(selectSelectedNodeId);
  const row = layout === null || nodeId === null ? -1 : layout.nodeIds.indexOf(nodeId);
  const caches = useMemo(() => getWriteBehindCacheIds(scenario), [scenario]);
  const goodput = useViewedPoints(useHistoryRead(readGoodput));
  const totals = useViewedSeries(useHistoryRead(readTotalsCauses));
  const node = useViewedSeries(
    useHistoryRead(
      useCallback(
        (h: MetricsHistory) => (row < 0 ? NO_CAUSES : getFailureCauseSeries(h, row)),
        [row],
      ),
    ),
  );
  const lost = useViewedSeries(
    useHistoryRead(useCallback((h: MetricsHistory) => getLostWritesSeries(h, caches), [caches])),
  );
  return (
    <>
      <GoodputChart
        points={goodput}
        domain={domain}
        markers={markers}
        degradedCounted={layout !== null && hasDegradedMetric(layout)}
      />
      <FailuresByCauseChart
        series={totals}
        domain={domain}
        markers={markers}
        subject="as the clients saw them"
        testId="failures-chart"
      />
      {nodeId === null ? (
        <PanelNote testId="node-failures-note">
          Select a node to see its own failures by cause.
        </PanelNote>
      ) : (
        <FailuresByCauseChart
          series={node}
          domain={domain}
          markers={markers}
          subject={`at ${nodeId}`}
          testId="node-failures-chart"
        />
      )}
      {caches.length === 0 ? (
        <PanelNote testId="lost-writes-note">
          Lost data: no write-behind cache in this scenario, so no write can be lost in a crash.
        </PanelNote>
      ) : (
        <NodeSeriesChart
          series={lost}
          domain={domain}
          markers={markers}
          title="Lost writes so far (write-behind)"
          unit="writes"
          testId="lost-writes-chart"
        />
      )}
    </>
  );
}
