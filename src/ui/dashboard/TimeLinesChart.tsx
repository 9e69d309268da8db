import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip } from 'recharts';
import { CHART_HEIGHT, CHART_MARGIN, formatTooltipLabel } from './chartTheme.ts';
import { ChartFigure, RUN_NOTE } from './ChartFigure.tsx';
import type { TimeDomain } from './timeAxis.tsx';
import { formatSig3, renderTimeAxis, renderValueAxis, TIME_SYNC_ID } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { renderTimeMarkers } from './timeMarkers.tsx';
import { STATIC_LINE } from './staticLine.tsx';

/** A line of a `TimeLinesChart`: its field, legend name, colour, dash and (optionally) the right-hand axis. */
export interface TimeLine {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly dash?: string;
  readonly right?: boolean;
}

export interface TimeLinesChartProps {
  readonly data: readonly { readonly t: number }[];
  readonly lines: readonly TimeLine[];
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
  readonly title: string;
  readonly unit: string;
  /** Unit of the right-hand axis, when some line is drawn against it. */
  readonly rightUnit?: string;
  /** The right-hand axis's range (default: from 0 to the data's top). */
  readonly rightDomain?: readonly [number | 'auto', number | 'auto'];
  readonly testId: string;
}

/** A few named lines over time, on one axis or two (left and right, each with its unit). */
export const TimeLinesChart = memo(function TimeLinesChart(props: TimeLinesChartProps) {
  const { data, lines, domain, markers, title, unit, rightUnit, rightDomain, testId } = props;
  const unitOf = (name: string): string =>
    lines.find((l) => l.name === name)?.right === true ? (rightUnit ?? '') : unit;
  return (
    <ChartFigure
      title={title}
      testId={testId}
      points={data.length}
      note={data.length === 0 ? RUN_NOTE : null}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={data} margin={CHART_MARGIN} syncId={TIME_SYNC_ID} syncMethod="value">
          <CartesianGrid stroke="#e3e8ef" yAxisId="left" />
          {renderTimeAxis(domain)}
          {renderValueAxis({ unit, yAxisId: 'left' })}
          {rightUnit !== undefined &&
            renderValueAxis({
              unit: rightUnit,
              yAxisId: 'right',
              orientation: 'right',
              ...(rightDomain === undefined ? {} : { domain: rightDomain }),
            })}
          <Tooltip
            formatter={(v, name) => formatSig3(v, unitOf(String(name)))}
            labelFormatter={formatTooltipLabel}
          />
          <Legend verticalAlign="top" height={26} itemSorter={null} iconType="plainline" />
          {lines.map((l) => (
            <Line
              {...STATIC_LINE}
              key={l.key}
              yAxisId={l.right === true ? 'right' : 'left'}
              dataKey={l.key}
              name={l.name}
              stroke={l.color}
              strokeWidth={2}
              strokeDasharray={l.dash ?? ''}
              connectNulls={false}
            />
          ))}
          {renderTimeMarkers(markers, 'left')}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
