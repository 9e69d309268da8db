import { useCallback, useMemo } from 'react';
import { getChartTimes } from '../../state/chartWindows.ts';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { getBreakerLanes } from '../../state/edgeSeriesReaders.ts';
import { getEdgeFailureKeys, getEdgeTimeSeries } from '../../state/edgeTimeReaders.ts';
import type { MetricsHistory } from '../../state/metricsHistory.ts';
import type { SelectedEdge } from '../../state/viewStore.ts';
import { useViewedPoints } from '../useChartView.ts';
import { useHistoryRead } from '../useHistoryRead.ts';
import { BreakerTimeline } from './BreakerTimeline.tsx';
import { PanelNote } from './ChartFigure.tsx';
import { EDGE_LINES, edgeFailureColor, edgeFailureLabel } from './edgeChartLines.ts';
import { FailuresByCauseChart } from './FailuresByCauseChart.tsx';
import { TimeLinesChart } from './TimeLinesChart.tsx';
import type { TimeDomain } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';

interface EdgeDrillDownProps {
  readonly edge: SelectedEdge;
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}

/**
 * The selected edge's own time charts: requests and attempts (retry
 * amplification), failures by cause, the breaker's states, fallbacks, and the
 * caller's mean round trip — each policy chart only when the edge has that policy.
 */
export function EdgeDrillDown({ edge, domain, markers }: EdgeDrillDownProps) {
  const { from, to } = edge;
  const label = `${from} → ${to}`;
  const policy = useDocumentStore(selectScenario).edges.find(
    (e) => e.from === from && e.to === to,
  )?.policy;
  const points = useViewedPoints(
    useHistoryRead(useCallback((h: MetricsHistory) => getEdgeTimeSeries(h, from, to), [from, to])),
  );
  const failures = useMemo(() => ({ causes: getEdgeFailureKeys(points), points }), [points]);
  const common = { data: points, domain, markers };
  return (
    <section aria-label={`${label} over time`} data-testid="edge-drilldown">
      <h3 className="dashboard-section-title">{label} over time</h3>
      <TimeLinesChart
        {...common}
        lines={EDGE_LINES.rate}
        title={`${label}: requests, attempts with retries (/ s) and their ratio (×)`}
        unit="req/s"
        rightUnit="× per request"
        rightDomain={[1, 'auto']}
        testId="edge-rate-chart"
      />
      <FailuresByCauseChart
        series={failures}
        domain={domain}
        markers={markers}
        subject={`on ${label}`}
        testId="edge-failures-chart"
        labelOf={edgeFailureLabel}
        colorOf={edgeFailureColor}
      />
      {policy?.circuitBreaker === undefined ? (
        <PanelNote testId="edge-breaker-note">No circuit breaker on {label}.</PanelNote>
      ) : (
        <EdgeBreakerLane
          edgeKey={`${from}→${to}`}
          label={label}
          domain={domain}
          markers={markers}
        />
      )}
      {policy?.fallback === undefined ? (
        <PanelNote testId="edge-fallback-note">
          No fallback on {label}: nothing answered degraded.
        </PanelNote>
      ) : (
        <TimeLinesChart
          {...common}
          lines={policy.fallback.type === 'pending' ? EDGE_LINES.pending : EDGE_LINES.fallback}
          title={`${label}: failed calls answered by the fallback (degraded / s)`}
          unit="calls/s"
          testId="edge-fallback-chart"
        />
      )}
      <TimeLinesChart
        {...common}
        lines={EDGE_LINES.latency}
        title={`${label}: mean round trip seen by ${from} (ms)`}
        unit="ms"
        testId="edge-latency-chart"
      />
    </section>
  );
}

const readBreakers = (h: MetricsHistory) => ({
  lanes: getBreakerLanes(h),
  times: getChartTimes(h),
});

/** The edge's breaker: closed, half-open or open at each window's close, with its openings. */
function EdgeBreakerLane({
  edgeKey,
  label,
  domain,
  markers,
}: {
  readonly edgeKey: string;
  readonly label: string;
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}) {
  const breakers = useHistoryRead(readBreakers);
  const times = useViewedPoints(breakers.times);
  const lanes = useMemo(
    () => breakers.lanes.filter((l) => l.edge.key === edgeKey),
    [breakers, edgeKey],
  );
  return (
    <BreakerTimeline
      lanes={lanes}
      times={times}
      domain={domain}
      markers={markers}
      title={`${label}: circuit breaker state`}
      testId="edge-breaker-timeline"
    />
  );
}
