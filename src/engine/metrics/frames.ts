import { FAILURE_CAUSES, METRIC, METRIC_COUNT } from './layout.ts';
import type { StatsSpan } from './nodeStats.ts';

const FIRST_FAILURE_COLUMN = METRIC['fail:timeout'];
const QUANTILES = [0.5, 0.95, 0.99, 0.999] as const;
const quantiles = new Float64Array(QUANTILES.length);

/** Write one row of a window frame from a closed span. */
export function writeRow(
  values: Float64Array,
  row: number,
  span: StatsSpan,
  inFlightNow: number,
): void {
  const o = row * METRIC_COUNT;
  const t = span.spanMs;
  const h = span.latency;
  values[o + METRIC.arrivals] = span.arrivals;
  values[o + METRIC.completed] = span.completed;
  values[o + METRIC.failed] = span.failed;
  values[o + METRIC.latencyMean] = h.mean;
  h.quantilesInto(QUANTILES, quantiles);
  values[o + METRIC.latencyP50] = quantiles[0]!;
  values[o + METRIC.latencyP95] = quantiles[1]!;
  values[o + METRIC.latencyP99] = quantiles[2]!;
  values[o + METRIC.latencyP999] = quantiles[3]!;
  values[o + METRIC.latencyMax] = h.count > 0 ? h.max : 0;
  values[o + METRIC.meanInFlight] = t > 0 ? span.inFlightArea / t : 0;
  values[o + METRIC.meanQueueLength] = t > 0 ? span.queueArea / t : 0;
  values[o + METRIC.utilization] = span.capacityArea > 0 ? span.busyArea / span.capacityArea : 0;
  values[o + METRIC.inFlight] = inFlightNow;
  values[o + METRIC.degraded] = span.degraded;
  for (let i = 0; i < FAILURE_CAUSES.length; i++)
    values[o + FIRST_FAILURE_COLUMN + i] = span.failures[i]!;
}
