import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { OverlayPoint } from '../../state/analysis/overlaySeries.ts';
import {
  AXIS_TICK,
  CHART_COLORS,
  CHART_MARGIN,
  formatAxisSeconds,
  formatAxisValue,
  formatTooltipLabel,
} from '../dashboard/chartTheme.ts';
import { STATIC_LINE } from '../dashboard/staticLine.tsx';

interface Series {
  readonly key: keyof OverlayPoint;
  readonly name: string;
  readonly color: string;
  /** A is solid, B dashed, so the pair reads without colour too. */
  readonly dash: string;
}

const LATENCY: readonly Series[] = [
  { key: 'aP50', name: 'A p50', color: CHART_COLORS.p50, dash: '' },
  { key: 'bP50', name: 'B p50', color: CHART_COLORS.p50, dash: '5 3' },
  { key: 'aP95', name: 'A p95', color: CHART_COLORS.p95, dash: '' },
  { key: 'bP95', name: 'B p95', color: CHART_COLORS.p95, dash: '5 3' },
  { key: 'aP99', name: 'A p99', color: CHART_COLORS.p99, dash: '' },
  { key: 'bP99', name: 'B p99', color: CHART_COLORS.p99, dash: '5 3' },
];

const THROUGHPUT: readonly Series[] = [
  { key: 'aThroughput', name: 'A completed /s', color: CHART_COLORS.completed, dash: '' },
  { key: 'bThroughput', name: 'B completed /s', color: CHART_COLORS.failed, dash: '5 3' },
];

function OverlayChart(props: {
  readonly title: string;
  readonly testId: string;
  readonly data: readonly OverlayPoint[];
  readonly series: readonly Series[];
}) {
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption className="chart-title">{props.title}</figcaption>
      <ResponsiveContainer width="100%" height={190}>
        <LineChart data={props.data} margin={CHART_MARGIN}>
          <CartesianGrid stroke="#e3e8ef" />
          <XAxis
            dataKey="t"
            type="number"
            domain={['dataMin', 'dataMax']}
            tick={AXIS_TICK}
            tickFormatter={formatAxisSeconds}
            unit=" s"
          />
          <YAxis tick={AXIS_TICK} width={48} tickFormatter={formatAxisValue} />
          <Tooltip labelFormatter={formatTooltipLabel} />
          <Legend verticalAlign="top" height={40} iconType="plainline" />
          {props.series.map((s) => (
            <Line
              {...STATIC_LINE}
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dash}
              connectNulls={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** A's and B's latency percentiles and throughput over time, overlaid. */
export function CompareCharts({ data }: { readonly data: readonly OverlayPoint[] }) {
  return (
    <>
      <OverlayChart
        title="Latency, end to end (ms): A solid, B dashed"
        testId="compare-latency-chart"
        data={data}
        series={LATENCY}
      />
      <OverlayChart
        title="Throughput (completed /s)"
        testId="compare-throughput-chart"
        data={data}
        series={THROUGHPUT}
      />
    </>
  );
}
