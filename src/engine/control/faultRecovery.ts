/**
 * Time to recover after one fault, from the totals row (what the clients saw):
 * **goodput** (successful requests per window; lower is worse) and **p99
 * latency** of successful requests (higher is worse) must both be back within
 * a band around their pre-fault baselines and stay there for
 * `RECOVERY.stableWindows` windows. The band is the wider of a relative
 * tolerance and 3 robust standard deviations (1.4826 × MAD) of the baseline
 * windows, so Poisson noise at low rates is not mistaken for a slow recovery.
 */
import { timeToRecover, type WorseDirection } from './recovery.ts';

/** How recovery is judged. */
export const RECOVERY = {
  /** Pre-fault windows the baseline is the median of (the last ones before the fault). */
  baselineWindows: 30,
  /** Consecutive windows that must be within the band. */
  stableWindows: 5,
  goodputTolerance: 0.1,
  p99Tolerance: 0.25,
  /** Band half-width in robust standard deviations of the baseline windows. */
  noiseSigmas: 3,
} as const;

export type RecoveryStatus =
  /** Both metrics came back and stayed. */
  | 'recovered'
  /** The run ended before they did: the signature of a metastable failure. */
  | 'not-recovered'
  /** The fault had not ended when the run did. */
  | 'ongoing'
  /** No complete window before the fault to compare with. */
  | 'no-baseline';

export interface RecoveryMeasure {
  readonly status: RecoveryStatus;
  /** From the fault's end until both metrics are back; null unless recovered. */
  readonly timeToRecoverMs: number | null;
  readonly goodputRecoveredAfterMs: number | null;
  readonly p99RecoveredAfterMs: number | null;
}

/** The totals series, one value per closed window from window 0. */
export interface TotalsSeries {
  readonly windowMs: number;
  readonly length: number;
  /** Successful requests in each metrics interval. */
  readonly goodput: Float64Array;
  /** p99 of successful requests per window; NaN when none succeeded. */
  readonly p99: Float64Array;
}

/** Measure recovery from the fault [atMs, atMs + durationMs) in a run that ended at `endMs`. */
export function measureRecovery(
  series: TotalsSeries,
  fault: { readonly atMs: number; readonly durationMs: number },
  endMs: number,
): RecoveryMeasure {
  const none = { timeToRecoverMs: null, goodputRecoveredAfterMs: null, p99RecoveredAfterMs: null };
  if (fault.atMs + fault.durationMs >= endMs) return { status: 'ongoing', ...none };
  const before = Math.min(series.length, Math.floor(fault.atMs / series.windowMs));
  if (before < 1) return { status: 'no-baseline', ...none };
  const goodput = recover(series, series.goodput, fault, RECOVERY.goodputTolerance, 'lower');
  const p99 = recover(series, series.p99, fault, RECOVERY.p99Tolerance, 'higher');
  const both = goodput === null || p99 === null ? null : Math.max(goodput, p99);
  return {
    status: both === null ? 'not-recovered' : 'recovered',
    timeToRecoverMs: both,
    goodputRecoveredAfterMs: goodput,
    p99RecoveredAfterMs: p99,
  };
}

/** Time to recover of one metric, or null; a metric with no baseline value at all counts as recovered at once. */
function recover(
  series: TotalsSeries,
  values: Float64Array,
  fault: { readonly atMs: number; readonly durationMs: number },
  tolerance: number,
  worse: WorseDirection,
): number | null {
  const end = Math.min(series.length, Math.floor(fault.atMs / series.windowMs));
  const base: number[] = [];
  for (let i = Math.max(0, end - RECOVERY.baselineWindows); i < end; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) base.push(v);
  }
  if (base.length === 0) return 0;
  const baseline = median(base);
  const sigma = 1.4826 * median(base.map((v) => Math.abs(v - baseline)));
  const result = timeToRecover(values.subarray(0, series.length), {
    windowMs: series.windowMs,
    fault,
    tolerance,
    absoluteTolerance: RECOVERY.noiseSigmas * sigma,
    stableWindows: RECOVERY.stableWindows,
    baseline,
    worse,
  });
  return result === null ? null : result.timeToRecoverMs;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
