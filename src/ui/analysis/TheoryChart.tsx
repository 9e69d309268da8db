import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { NodeLatencyPoint } from '../../state/analysis/nodeSeries.ts';
import type { MmcPrediction } from '../../state/analysis/theoryOverlay.ts';
import {
  AXIS_TICK,
  CHART_COLORS,
  CHART_MARGIN,
  formatAxisSeconds,
  formatAxisValue,
  formatTooltipLabel,
} from '../dashboard/chartTheme.ts';
import { formatMs } from '../format.ts';
import { STATIC_LINE } from '../dashboard/staticLine.tsx';

/** The node's measured mean and p99 per window, against theory's as horizontal lines. */
export function TheoryChart(props: {
  readonly data: readonly NodeLatencyPoint[];
  readonly prediction: MmcPrediction;
}) {
  const { data, prediction } = props;
  const top = Math.max(prediction.p99Ms * 1.6, ...data.map((p) => p.p99 ?? 0));
  return (
    <figure className="chart" data-testid="theory-chart">
      <figcaption className="chart-title">
        Sojourn at the node per window (ms): measured lines, theory dashed
      </figcaption>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={data} margin={CHART_MARGIN}>
          <CartesianGrid stroke="#e3e8ef" />
          <XAxis
            dataKey="t"
            type="number"
            domain={['dataMin', 'dataMax']}
            tick={AXIS_TICK}
            tickFormatter={formatAxisSeconds}
            unit=" s"
          />
          <YAxis tick={AXIS_TICK} width={48} domain={[0, top]} tickFormatter={formatAxisValue} />
          <Tooltip labelFormatter={formatTooltipLabel} />
          <Legend verticalAlign="top" height={26} iconType="plainline" />
          <Line
            {...STATIC_LINE}
            dataKey="mean"
            name="measured mean"
            stroke={CHART_COLORS.completed}
          />
          <Line {...STATIC_LINE} dataKey="p99" name="measured p99" stroke={CHART_COLORS.p99} />
          <ReferenceLine
            y={prediction.meanMs}
            stroke={CHART_COLORS.completed}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{
              value: `theory mean ${formatMs(prediction.meanMs)}`,
              position: 'insideTopLeft',
              fontSize: 12,
            }}
          />
          <ReferenceLine
            y={prediction.p99Ms}
            stroke={CHART_COLORS.p99}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{
              value: `theory p99 ${formatMs(prediction.p99Ms)}`,
              position: 'insideTopLeft',
              fontSize: 12,
            }}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
