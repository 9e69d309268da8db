import { memo } from 'react';
import type { TimeDomain } from './timeAxis.tsx';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { GoodputPoint } from '../../state/failureReaders.ts';
import { CHART_HEIGHT, CHART_MARGIN, formatTooltipLabel } from './chartTheme.ts';
import { ChartFigure, RUN_NOTE } from './ChartFigure.tsx';
import { ANSWERED_COLOR, GOODPUT_COLOR } from './seriesColors.ts';
import { formatSig3, renderTimeAxis, renderValueAxis, TIME_SYNC_ID } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { renderTimeMarkers } from './timeMarkers.tsx';
import { STATIC_LINE } from './staticLine.tsx';

export interface GoodputChartProps {
  readonly points: readonly GoodputPoint[];
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
  /** Whether goodput leaves out degraded (fallback) answers. */
  readonly degradedCounted: boolean;
}

/** Goodput (useful answers per second) against throughput (every answer): the gap is wasted work. */
export const GoodputChart = memo(function GoodputChart({
  points,
  domain,
  markers,
  degradedCounted,
}: GoodputChartProps) {
  return (
    <ChartFigure
      title="Goodput vs throughput (requests / s)"
      testId="goodput-chart"
      note={points.length === 0 ? RUN_NOTE : null}
      footer={
        <p className="chart-footnote">
          Goodput: requests that succeeded
          {degradedCounted ? ', less degraded (fallback) answers' : ''}, as the clients saw them.
          Throughput: every answer, failures included.
        </p>
      }
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={points} margin={CHART_MARGIN} syncId={TIME_SYNC_ID} syncMethod="value">
          <CartesianGrid stroke="#e3e8ef" />
          {renderTimeAxis(domain)}
          {renderValueAxis({ unit: 'req/s' })}
          <Tooltip formatter={(v) => formatSig3(v, '/s')} labelFormatter={formatTooltipLabel} />
          <Legend verticalAlign="top" height={26} itemSorter={null} iconType="plainline" />
          <Line
            {...STATIC_LINE}
            dataKey="throughputPerSec"
            name="throughput / s"
            stroke={ANSWERED_COLOR}
            strokeWidth={2}
            strokeDasharray="6 3"
          />
          <Line
            {...STATIC_LINE}
            dataKey="goodputPerSec"
            name="goodput / s"
            stroke={GOODPUT_COLOR}
            strokeWidth={2.5}
          />
          {renderTimeMarkers(markers)}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
