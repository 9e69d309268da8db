/**
 * Where a sampled request's dot is at playback time `t` (simulated ms). A hop
 * is drawn twice: going out (sent → arrived) as a hollow dot, and coming back
 * (left → answered) as a filled dot coloured by the outcome. Each leg takes its
 * real simulated duration, but at least `minLegMs` so that a 1 ms network hop
 * is still visible at high speed; the return leg never starts before the
 * outgoing one ends. Playback runs `lag` behind the newest batch because a hop
 * is only reported once it is answered.
 */
import type { DotClock, DotHop } from './topologyTypes.ts';

export interface DotPlacement {
  readonly from: string;
  readonly to: string;
  /** 0 at `from`, 1 at `to`. */
  readonly f: number;
  readonly returning: boolean;
  readonly outcome: DotHop['outcome'];
}

/** The dot of one hop at time `t`, or null when neither leg is under way. */
export function getHopPlacement(hop: DotHop, t: number, minLegMs: number): DotPlacement | null {
  const outEnd = hop.sentMs + Math.max(hop.arrivedMs - hop.sentMs, minLegMs);
  const base = { from: hop.from, to: hop.to, outcome: hop.outcome };
  if (t >= hop.sentMs && t < outEnd)
    return { ...base, f: (t - hop.sentMs) / (outEnd - hop.sentMs), returning: false };
  const backStart = Math.max(hop.leftMs, outEnd);
  const backEnd = backStart + Math.max(hop.answeredMs - hop.leftMs, minLegMs);
  if (t >= backStart && t < backEnd)
    return { ...base, f: 1 - (t - backStart) / (backEnd - backStart), returning: true };
  return null;
}

/** Up to `max` dots at time `t`, in the hops' order. */
export function collectDots(
  hops: readonly DotHop[],
  t: number,
  minLegMs: number,
  max: number,
): DotPlacement[] {
  const out: DotPlacement[] = [];
  for (const hop of hops) {
    if (out.length >= max) break;
    const p = getHopPlacement(hop, t, minLegMs);
    if (p !== null) out.push(p);
  }
  return out;
}

/** The simulated time to draw at wall time `now`: `lagWallMs` behind the run, never past what is known. */
export function getPlaybackMs(clock: DotClock, now: number, lagWallMs: number): number {
  const projected = clock.simMs + (now - clock.wallMs) * clock.rate;
  return Math.min(clock.simMs, projected) - lagWallMs * clock.rate;
}
