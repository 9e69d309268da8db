import { memo } from 'react';
import type { TimeDomain } from './timeAxis.tsx';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  YAxis,
} from 'recharts';
import type { TotalsPoint } from '../../state/historyReaders.ts';
import { formatRate } from '../format.ts';
import {
  AXIS_TICK,
  CHART_COLORS,
  CHART_HEIGHT,
  CHART_MARGIN,
  formatAxisValue,
  formatTooltipLabel,
} from './chartTheme.ts';
import { renderTimeAxis, TIME_SYNC_ID } from './timeAxis.tsx';
import { ChartFigure, RUN_NOTE } from './ChartFigure.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { NO_MARKERS, renderTimeMarkers } from './timeMarkers.tsx';
import { STATIC_LINE } from './staticLine.tsx';

export interface ThroughputChartProps {
  readonly data: readonly TotalsPoint[];
  readonly domain: TimeDomain;
  /** Fault windows and alerts to mark; none by default. */
  readonly markers?: TimeMarkers;
}

/**
 * Completed and failed requests per second, as the clients saw them, and —
 * once some answers rest on a fallback — the degraded ones among the completed.
 */
export const ThroughputChart = memo(function ThroughputChart({
  data,
  domain,
  markers = NO_MARKERS,
}: ThroughputChartProps) {
  const degraded = data.some((p) => p.degradedPerSec > 0);
  return (
    <ChartFigure
      title="Throughput (requests / s)"
      testId="throughput-chart"
      points={data.length}
      note={data.length === 0 ? RUN_NOTE : null}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={data} margin={CHART_MARGIN} syncId={TIME_SYNC_ID} syncMethod="value">
          <CartesianGrid stroke="#e3e8ef" />
          {renderTimeAxis(domain)}
          <YAxis tick={AXIS_TICK} width={48} tickFormatter={formatAxisValue} />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? `${formatRate(v)} /s` : String(v))}
            labelFormatter={formatTooltipLabel}
          />
          <Legend verticalAlign="top" height={26} iconType="plainline" />
          <Line
            {...STATIC_LINE}
            dataKey="completedPerSec"
            name="completed / s"
            stroke={CHART_COLORS.completed}
            strokeWidth={2.5}
          />
          <Line
            {...STATIC_LINE}
            dataKey="failedPerSec"
            name="failed / s"
            stroke={CHART_COLORS.failed}
            strokeWidth={2}
            strokeDasharray="6 3"
          />
          {degraded && (
            <Line
              {...STATIC_LINE}
              dataKey="degradedPerSec"
              name="degraded / s (fallbacks)"
              stroke={CHART_COLORS.degraded}
              strokeWidth={2}
              strokeDasharray="2 3"
            />
          )}
          {renderTimeMarkers(markers)}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
