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
import { formatMs } from '../format.ts';
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

export interface LatencyChartProps {
  readonly data: readonly TotalsPoint[];
  readonly domain: TimeDomain;
  /** Fault windows and alerts to mark; none by default. */
  readonly markers?: TimeMarkers;
}

const LINES = [
  { key: 'p50', name: 'p50', width: 2, dash: '' },
  { key: 'p95', name: 'p95', width: 2, dash: '6 3' },
  { key: 'p99', name: 'p99', width: 2.5, dash: '2 2' },
  { key: 'p999', name: 'p99.9', width: 1.5, dash: '8 3 2 3' },
] as const;

/** End-to-end latency percentiles (p50, p95, p99, p99.9) per window, in ms (as the clients saw them). */
export const LatencyChart = memo(function LatencyChart({
  data,
  domain,
  markers = NO_MARKERS,
}: LatencyChartProps) {
  return (
    <ChartFigure
      title="Latency, end to end (ms)"
      testId="latency-chart"
      points={data.length}
      note={data.length === 0 ? RUN_NOTE : null}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={data} margin={CHART_MARGIN} syncId={TIME_SYNC_ID} syncMethod="value">
          <CartesianGrid stroke="#e3e8ef" />
          {renderTimeAxis(domain)}
          <YAxis tick={AXIS_TICK} width={48} tickFormatter={formatAxisValue} />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? formatMs(v) : String(v))}
            labelFormatter={formatTooltipLabel}
          />
          <Legend verticalAlign="top" height={26} iconType="plainline" />
          {LINES.map((l) => (
            <Line
              {...STATIC_LINE}
              key={l.key}
              dataKey={l.key}
              name={l.name}
              stroke={CHART_COLORS[l.key]}
              strokeWidth={l.width}
              strokeDasharray={l.dash}
              connectNulls={false}
            />
          ))}
          {renderTimeMarkers(markers)}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
