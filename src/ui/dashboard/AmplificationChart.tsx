import { memo } from 'react';
import type { TimeDomain } from './timeAxis.tsx';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { AmplificationSeries } from '../../state/edgeSeriesReaders.ts';
import { CHART_HEIGHT, CHART_MARGIN, formatTooltipLabel } from './chartTheme.ts';
import { ChartFigure, RUN_NOTE } from './ChartFigure.tsx';
import { getSeriesColor } from './seriesColors.ts';
import { formatSig3, renderTimeAxis, renderValueAxis, TIME_SYNC_ID } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { renderTimeMarkers } from './timeMarkers.tsx';
import { STATIC_LINE } from './staticLine.tsx';

export interface AmplificationChartProps {
  readonly series: AmplificationSeries;
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
}

/** Which unit a tooltip row has, from its data key. */
const unitOf = (dataKey: unknown): string =>
  typeof dataKey === 'string' && dataKey.startsWith('amp:') ? '×' : 'retries/s';

/**
 * Retry amplification per edge with a retry policy: attempts ÷ requests (1 =
 * no retries; 5 = every request tried five times) on the left axis, retries
 * per second dashed on the right.
 */
export const AmplificationChart = memo(function AmplificationChart({
  series,
  domain,
  markers,
}: AmplificationChartProps) {
  const { edges, points } = series;
  return (
    <ChartFigure
      title="Retry amplification (attempts ÷ requests)"
      testId="amplification-chart"
      note={points.length === 0 ? RUN_NOTE : null}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={points} margin={CHART_MARGIN} syncId={TIME_SYNC_ID} syncMethod="value">
          <CartesianGrid stroke="#e3e8ef" yAxisId="amp" />
          {renderTimeAxis(domain)}
          {renderValueAxis({ unit: '× per request', yAxisId: 'amp', domain: [1, 'auto'] })}
          {renderValueAxis({ unit: 'retries/s', yAxisId: 'retries', orientation: 'right' })}
          <Tooltip
            formatter={(v, _name, item) => formatSig3(v, unitOf(item.dataKey))}
            labelFormatter={formatTooltipLabel}
          />
          <Legend verticalAlign="top" height={26} itemSorter={null} iconType="plainline" />
          {edges.map((e) => (
            <Line
              {...STATIC_LINE}
              key={`amp:${e.key}`}
              yAxisId="amp"
              dataKey={`amp:${e.key}`}
              name={`${e.label} ×`}
              stroke={getSeriesColor(e.index)}
              strokeWidth={2.5}
              connectNulls={false}
            />
          ))}
          {edges.map((e) => (
            <Line
              {...STATIC_LINE}
              key={`retries:${e.key}`}
              yAxisId="retries"
              dataKey={`retries:${e.key}`}
              name={`${e.label} retries/s`}
              stroke={getSeriesColor(e.index)}
              strokeOpacity={0.75}
              strokeWidth={1.5}
              strokeDasharray="4 3"
            />
          ))}
          {renderTimeMarkers(markers, 'amp')}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
