import { memo } from 'react';
import type { TimeDomain } from './timeAxis.tsx';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import type { NodeSeries } from '../../state/capacityReaders.ts';
import { CHART_HEIGHT, CHART_MARGIN, formatTooltipLabel } from './chartTheme.ts';
import { ChartFigure, RUN_NOTE } from './ChartFigure.tsx';
import { getSeriesColor } from './seriesColors.ts';
import { formatSig3, renderTimeAxis, renderValueAxis, TIME_SYNC_ID } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { renderTimeMarkers } from './timeMarkers.tsx';
import { STATIC_LINE } from './staticLine.tsx';

export interface NodeSeriesChartProps {
  readonly series: NodeSeries;
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
  readonly title: string;
  readonly unit: string;
  readonly testId: string;
  /** Draw each node's number of targets as a dashed line (balancers). */
  readonly showTargets?: boolean;
}

/**
 * A step line per node over time: a balancer's healthy targets (against how
 * many it has), a cache's lost writes so far. Whole numbers.
 */
export const NodeSeriesChart = memo(function NodeSeriesChart(props: NodeSeriesChartProps) {
  const { series, domain, markers, title, unit, testId, showTargets = false } = props;
  const most = Math.max(1, ...series.nodes.map((n) => n.targets));
  return (
    <ChartFigure title={title} testId={testId} note={series.points.length === 0 ? RUN_NOTE : null}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart
          data={series.points}
          margin={CHART_MARGIN}
          syncId={TIME_SYNC_ID}
          syncMethod="value"
        >
          <CartesianGrid stroke="#e3e8ef" />
          {renderTimeAxis(domain)}
          {renderValueAxis({
            unit,
            allowDecimals: false,
            ...(showTargets ? { domain: [0, most] } : {}),
          })}
          <Tooltip formatter={(v) => formatSig3(v, '')} labelFormatter={formatTooltipLabel} />
          <Legend verticalAlign="top" height={26} itemSorter={null} iconType="plainline" />
          {showTargets &&
            series.nodes.map((n, i) => (
              <ReferenceLine
                key={`targets-${n.id}`}
                y={n.targets}
                stroke={getSeriesColor(i)}
                strokeDasharray="2 4"
                label={{
                  value: `${n.id}: ${n.targets} targets`,
                  position: 'insideBottomRight',
                  fontSize: 12,
                }}
              />
            ))}
          {series.nodes.map((n, i) => (
            <Line
              {...STATIC_LINE}
              key={n.id}
              dataKey={n.id}
              name={n.id}
              type="stepAfter"
              stroke={getSeriesColor(i)}
              strokeWidth={2.5}
            />
          ))}
          {renderTimeMarkers(markers)}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
