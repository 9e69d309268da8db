/** Number formatting for the dashboards: short, unit-bearing, readable from the back of a room. */

const DASH = '–';
const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Simulated time in seconds with one decimal: `12.0 s`. */
export function formatSeconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : DASH;
}

/** A whole-run duration: `120 s`, or `90.5 s` when not whole. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return DASH;
  const s = ms / 1000;
  return Number.isInteger(s) ? `${s} s` : `${s.toFixed(1)} s`;
}

/** An integer count with thousands separators: `12,345`. */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? countFormat.format(value) : DASH;
}

/** A rate with sensible precision: `812`, `81.2`, `0.81`. */
export function formatRate(perSec: number): string {
  if (!Number.isFinite(perSec)) return DASH;
  const abs = Math.abs(perSec);
  if (abs >= 100) return countFormat.format(perSec);
  if (abs >= 10) return perSec.toFixed(1);
  return perSec.toFixed(2);
}

/** A rate short enough for a node badge: `812`, `1.5k`, `12k`. */
export function formatRateCompact(perSec: number): string {
  if (!Number.isFinite(perSec)) return DASH;
  if (Math.abs(perSec) < 1000) return formatRate(perSec);
  return `${Number((perSec / 1000).toPrecision(2))}k`;
}

/** Milliseconds with three significant digits: `4.21 ms`, `123 ms`, `1,234 ms`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return DASH;
  if (Math.abs(ms) >= 100) return `${countFormat.format(ms)} ms`;
  return `${Number(ms.toPrecision(3))} ms`;
}

/** A share 0..1 as a whole percent: `72%`. */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : DASH;
}
