import { memo } from 'react';
import type { TimeDomain } from './timeAxis.tsx';
import {
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  YAxis,
} from 'recharts';
import type { BreakerLane } from '../../state/edgeSeriesReaders.ts';
import { AXIS_TICK, CHART_MARGIN } from './chartTheme.ts';
import { BreakerTooltip } from './BreakerTooltip.tsx';
import { ChartFigure, RUN_NOTE } from './ChartFigure.tsx';
import { BREAKER_COLORS } from './seriesColors.ts';
import { renderTimeAxis, TIME_SYNC_ID } from './timeAxis.tsx';
import type { TimeMarkers } from './timeMarkers.tsx';
import { renderTimeMarkers } from './timeMarkers.tsx';

export interface BreakerTimelineProps {
  readonly lanes: readonly BreakerLane[];
  /** The shown windows' end times (the chart's x values, for the crosshair). */
  readonly times: readonly { readonly t: number }[];
  readonly domain: TimeDomain;
  readonly markers: TimeMarkers;
  /** Default "Circuit breaker state" and `breaker-timeline`. */
  readonly title?: string;
  readonly testId?: string;
}

const LANE_PX = 34;

/** Every piece of one lane: its state bands and a dot per opening. */
function renderLane(lane: BreakerLane, i: number) {
  const bands = lane.segments.map((s) => (
    <ReferenceArea
      key={`${lane.edge.key}-${s.startS}`}
      x1={s.startS}
      x2={s.endS}
      y1={i + 0.18}
      y2={i + 0.82}
      className={`breaker-band breaker-${s.state}`}
      fill={BREAKER_COLORS[s.state]}
      fillOpacity={1}
      ifOverflow="hidden"
    />
  ));
  const opens = lane.openings.map((o) => (
    <ReferenceDot
      key={`${lane.edge.key}-open-${o.t}`}
      x={o.t}
      y={i + 0.1}
      r={4}
      className="breaker-opening"
      fill="#1b2430"
      stroke="#ffffff"
      ifOverflow="hidden"
    />
  ));
  return [...bands, ...opens];
}

/**
 * One lane per edge with a circuit breaker: closed, half-open or open at each
 * window's close, with a dot where it opened.
 */
export const BreakerTimeline = memo(function BreakerTimeline(props: BreakerTimelineProps) {
  const { lanes, times, domain, markers } = props;
  const height = 64 + Math.max(1, lanes.length) * LANE_PX;
  return (
    <ChartFigure
      title={props.title ?? 'Circuit breaker state'}
      testId={props.testId ?? 'breaker-timeline'}
      points={times.length}
      note={times.length === 0 ? RUN_NOTE : null}
      footer={<BreakerLegend />}
    >
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={times} margin={CHART_MARGIN} syncId={TIME_SYNC_ID} syncMethod="value">
          <CartesianGrid stroke="#e3e8ef" horizontal={false} />
          {renderTimeAxis(domain)}
          <YAxis
            type="number"
            domain={[0, Math.max(1, lanes.length)]}
            ticks={lanes.map((_, i) => i + 0.5)}
            tickFormatter={(v: number) => lanes[Math.floor(v)]?.edge.label ?? ''}
            reversed
            allowDataOverflow
            tick={AXIS_TICK}
            width={96}
          />
          <Tooltip content={<BreakerTooltip lanes={lanes} />} />
          {lanes.flatMap(renderLane)}
          {renderTimeMarkers(markers)}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});

/** The colour key (colour is never the only carrier: the tooltip names the state). */
function BreakerLegend() {
  return (
    <ul className="breaker-legend" aria-label="Breaker states">
      {(['closed', 'half-open', 'open'] as const).map((s) => (
        <li key={s}>
          <span className="breaker-swatch" style={{ background: BREAKER_COLORS[s] }} />
          {s}
        </li>
      ))}
      <li>
        <span className="breaker-dot" /> opened
      </li>
    </ul>
  );
}
