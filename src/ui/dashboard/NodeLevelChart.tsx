import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { TopNodeSeries } from '../../state/nodeSeriesReaders.ts';
import { CHART_HEIGHT, CHART_MARGIN, formatTooltipLabel } from './chartTheme.ts';
import { ChartFigure, RUN_NOTE } from './ChartFigure.tsx';
import { getSeriesColor } from './seriesColors.ts';
import type { TimeDomain } from './timeAxis.tsx';
import { formatSig3, renderTimeAxis, renderValueAxis, TIME_SYNC_ID } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { renderTimeMarkers } from './timeMarkers.tsx';
import { STATIC_LINE } from './staticLine.tsx';

export interface NodeLevelChartProps {
  readonly series: TopNodeSeries;
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
  readonly title: string;
  /** Unit along the y axis and in the tooltip (`%`, `requests`, `messages`). */
  readonly unit: string;
  readonly testId: string;
  /** Fixed y range, e.g. `[0, 100]` for a share in %. */
  readonly yDomain?: readonly [number, number];
}

/**
 * One line per node over time (colours by the node's order in the series),
 * with a note naming how many nodes were left out when there are more than
 * the chart draws.
 */
export const NodeLevelChart = memo(function NodeLevelChart(props: NodeLevelChartProps) {
  const { series, domain, markers, title, unit, testId, yDomain } = props;
  const footer =
    series.hidden > 0 ? (
      <p className="chart-footnote" data-testid={`${testId}-hidden`}>
        The {series.nodes.length} with the highest peak shown; {series.hidden} more not drawn.
      </p>
    ) : undefined;
  return (
    <ChartFigure
      title={title}
      testId={testId}
      note={series.points.length === 0 ? RUN_NOTE : null}
      footer={footer}
    >
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart
          data={series.points}
          margin={CHART_MARGIN}
          syncId={TIME_SYNC_ID}
          syncMethod="value"
        >
          <CartesianGrid stroke="#e3e8ef" />
          {renderTimeAxis(domain)}
          {renderValueAxis({ unit, ...(yDomain === undefined ? {} : { domain: yDomain }) })}
          <Tooltip formatter={(v) => formatSig3(v, unit)} labelFormatter={formatTooltipLabel} />
          <Legend verticalAlign="top" height={26} itemSorter={null} iconType="plainline" />
          {series.nodes.map((n, i) => (
            <Line
              {...STATIC_LINE}
              key={n.id}
              dataKey={n.id}
              name={n.id}
              stroke={getSeriesColor(i)}
              strokeWidth={2}
              strokeDasharray={i >= 6 ? '6 3' : ''}
              connectNulls={false}
            />
          ))}
          {renderTimeMarkers(markers)}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
