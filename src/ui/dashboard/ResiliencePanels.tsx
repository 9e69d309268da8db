import type { TimeDomain } from './timeAxis.tsx';
import { useCallback, useMemo } from 'react';
import { getHealthyTargetsSeries } from '../../state/capacityReaders.ts';
import { getChartTimes } from '../../state/chartWindows.ts';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { getAmplificationSeries, getBreakerLanes } from '../../state/edgeSeriesReaders.ts';
import type { MetricsHistory } from '../../state/metricsHistory.ts';
import {
  getBreakerEdgeKeys,
  getCheckedBalancerIds,
  getRetryEdgeKeys,
} from '../../state/resilienceSubjects.ts';
import { useViewedPoints, useViewedSeries } from '../useChartView.ts';
import { useHistoryRead } from '../useHistoryRead.ts';
import { AmplificationChart } from './AmplificationChart.tsx';
import { BreakerTimeline } from './BreakerTimeline.tsx';
import { PanelNote } from './ChartFigure.tsx';
import { NodeSeriesChart } from './NodeSeriesChart.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { countRender } from '../renderCounts.ts';

const readBreakers = (h: MetricsHistory) => ({
  lanes: getBreakerLanes(h),
  times: getChartTimes(h),
});

/** The "Resilience" tab: retry amplification, breaker states, healthy targets — each only where the scenario has one. */
export function ResiliencePanels({
  domain,
  markers,
}: {
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}) {
  countRender('DashboardCharts');
  const scenario = useDocumentStore(selectScenario);
  const retryKeys = useMemo(() => getRetryEdgeKeys(scenario), [scenario]);
  const breakerKeys = useMemo(() => getBreakerEdgeKeys(scenario), [scenario]);
  const balancers = useMemo(() => getCheckedBalancerIds(scenario), [scenario]);
  const amplification = useViewedSeries(
    useHistoryRead(
      useCallback((h: MetricsHistory) => getAmplificationSeries(h, retryKeys), [retryKeys]),
    ),
  );
  const breakers = useHistoryRead(readBreakers);
  const breakerTimes = useViewedPoints(breakers.times);
  const healthy = useViewedSeries(
    useHistoryRead(
      useCallback((h: MetricsHistory) => getHealthyTargetsSeries(h, balancers), [balancers]),
    ),
  );
  return (
    <>
      {retryKeys.size === 0 ? (
        <PanelNote testId="amplification-note">
          Retry amplification: no edge retries. Give an edge a retry policy (select it → Policy) to
          see how retries multiply the load.
        </PanelNote>
      ) : (
        <AmplificationChart series={amplification} domain={domain} markers={markers} />
      )}
      {breakerKeys.size === 0 ? (
        <PanelNote testId="breaker-note">
          Circuit breakers: none in this scenario. Add one on an edge’s policy to see it open,
          half-open and close.
        </PanelNote>
      ) : (
        <BreakerTimeline
          lanes={breakers.lanes.filter((l) => breakerKeys.has(l.edge.key))}
          times={breakerTimes}
          domain={domain}
          markers={markers}
        />
      )}
      {balancers.length === 0 ? (
        <PanelNote testId="healthy-note">
          Healthy targets: no load balancer here has health checks or outlier ejection, so every
          target stays in rotation.
        </PanelNote>
      ) : (
        <NodeSeriesChart
          series={healthy}
          domain={domain}
          markers={markers}
          title="Healthy targets per load balancer"
          unit="targets"
          testId="healthy-chart"
          showTargets
        />
      )}
    </>
  );
}
