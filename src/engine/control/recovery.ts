/**
 * Time to recover after a fault, from a per-window series of one metric (error
 * rate, p99 latency, throughput…): the first time after the fault that the
 * metric is back within a band around its pre-fault baseline and stays there.
 * A system that never gets back — a metastable failure — has no recovery time.
 */

/** Which way a value is worse than the baseline. */
export type WorseDirection = 'higher' | 'lower' | 'either';

export interface RecoveryOptions {
  /** Width of a window; window `i` covers [firstWindowStartMs + i·windowMs, … + windowMs). */
  readonly windowMs: number;
  readonly firstWindowStartMs?: number;
  /** The fault: [atMs, atMs + durationMs). */
  readonly fault: { readonly atMs: number; readonly durationMs: number };
  /** Allowed relative distance from the baseline (0.1 = within 10 %). */
  readonly tolerance: number;
  /** Allowed absolute distance, used when larger (e.g. for a baseline error rate of 0). Default 0. */
  readonly absoluteTolerance?: number;
  /** Consecutive windows the metric must stay within the band (N ≥ 1). */
  readonly stableWindows: number;
  /** Pre-fault windows the baseline is the median of (the last ones before the fault); default all. */
  readonly baselineWindows?: number;
  /** A known baseline instead of the pre-fault median. */
  readonly baseline?: number;
  /** 'higher' (default: latency, error rate): lower values count as recovered too. */
  readonly worse?: WorseDirection;
}

export interface Recovery {
  readonly baseline: number;
  /** Index of the first window of the stable run. */
  readonly window: number;
  /** Start of that window, ms. */
  readonly recoveredAtMs: number;
  /** From the end of the fault to `recoveredAtMs` (0 if the metric was fine at once). */
  readonly timeToRecoverMs: number;
}

/**
 * When the metric got back. Only windows that start at or after the fault's
 * end count. Returns null if it never stays within the band for `stableWindows`
 * windows before the series ends. Throws if there is no baseline (no window
 * ends before the fault and none is given).
 */
export function timeToRecover(
  series: ArrayLike<number>,
  options: RecoveryOptions,
): Recovery | null {
  const { windowMs, fault, stableWindows } = options;
  const start = options.firstWindowStartMs ?? 0;
  const baseline = options.baseline ?? preFaultBaseline(series, options);
  if (!Number.isFinite(baseline)) throw new Error('recovery: no window ends before the fault');
  const within = createBand(baseline, options);
  const faultEnd = fault.atMs + fault.durationMs;
  const first = Math.max(0, Math.ceil((faultEnd - start) / windowMs));
  let run = 0;
  for (let i = first; i < series.length; i++) {
    run = within(series[i] ?? Number.NaN) ? run + 1 : 0;
    if (run < Math.max(1, stableWindows)) continue;
    const window = i - run + 1;
    const recoveredAtMs = start + window * windowMs;
    return {
      baseline,
      window,
      recoveredAtMs,
      timeToRecoverMs: Math.max(0, recoveredAtMs - faultEnd),
    };
  }
  return null;
}

/** Median of the last `baselineWindows` windows that end at or before the fault (NaN if none). */
function preFaultBaseline(series: ArrayLike<number>, options: RecoveryOptions): number {
  const start = options.firstWindowStartMs ?? 0;
  const end = Math.min(series.length, Math.floor((options.fault.atMs - start) / options.windowMs));
  const from = Math.max(0, end - (options.baselineWindows ?? end));
  const values: number[] = [];
  for (let i = from; i < end; i++) {
    const v = series[i] ?? Number.NaN;
    if (!Number.isNaN(v)) values.push(v);
  }
  return median(values);
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  const hi = values[mid] ?? Number.NaN;
  return values.length % 2 === 1 ? hi : ((values[mid - 1] ?? hi) + hi) / 2;
}

function createBand(baseline: number, options: RecoveryOptions): (v: number) => boolean {
  const slack = Math.max(options.tolerance * Math.abs(baseline), options.absoluteTolerance ?? 0);
  switch (options.worse ?? 'higher') {
    case 'higher':
      return (v) => v <= baseline + slack;
    case 'lower':
      return (v) => v >= baseline - slack;
    case 'either':
      return (v) => Math.abs(v - baseline) <= slack;
  }
}
