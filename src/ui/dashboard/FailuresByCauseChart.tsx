import { memo } from 'react';
import type { TimeDomain } from './timeAxis.tsx';
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip } from 'recharts';
import type { FailureCauseSeries } from '../../state/failureReaders.ts';
import { CHART_HEIGHT, CHART_MARGIN, formatTooltipLabel } from './chartTheme.ts';
import { ChartFigure, RUN_NOTE } from './ChartFigure.tsx';
import { getCauseColor, getCauseLabel } from './seriesColors.ts';
import { formatSig3, renderTimeAxis, renderValueAxis, TIME_SYNC_ID } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { renderTimeMarkers } from './timeMarkers.tsx';

export interface FailuresByCauseChartProps {
  readonly series: FailureCauseSeries;
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
  /** Whose failures: "as the clients saw them", "at api". */
  readonly subject: string;
  readonly testId: string;
  /** Legend label and colour of a series key (default: the cause's, from `seriesColors`). */
  readonly labelOf?: (key: string) => string;
  readonly colorOf?: (key: string) => string;
}

/** Failures per second stacked by cause (timeout, queue full, breaker open …), one colour per cause everywhere. */
export const FailuresByCauseChart = memo(function FailuresByCauseChart({
  series,
  domain,
  markers,
  subject,
  testId,
  labelOf = getCauseLabel,
  colorOf = getCauseColor,
}: FailuresByCauseChartProps) {
  const { points, causes } = series;
  const note = points.length === 0 ? RUN_NOTE : causes.length === 0 ? 'No failures so far' : null;
  return (
    <ChartFigure
      title={`Failures by cause, ${subject}`}
      testId={testId}
      points={points.length}
      note={note}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <AreaChart data={points} margin={CHART_MARGIN} syncId={TIME_SYNC_ID} syncMethod="value">
          <CartesianGrid stroke="#e3e8ef" />
          {renderTimeAxis(domain)}
          {renderValueAxis({ unit: 'failures/s' })}
          <Tooltip formatter={(v) => formatSig3(v, '/s')} labelFormatter={formatTooltipLabel} />
          <Legend verticalAlign="top" height={26} itemSorter={null} />
          {causes.map((cause) => (
            <Area
              key={cause}
              dataKey={cause}
              name={labelOf(cause)}
              stackId="causes"
              type="linear"
              stroke={colorOf(cause)}
              fill={colorOf(cause)}
              fillOpacity={0.6}
              isAnimationActive={false}
            />
          ))}
          {renderTimeMarkers(markers)}
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
