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
  /** The sampled request the hop belongs to. */
  readonly requestId: number;
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
  const base = { requestId: hop.requestId, from: hop.from, to: hop.to, outcome: hop.outcome };
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

/** The simulated time being drawn, and the wall time (ms) it was drawn at. */
export interface Playback {
  readonly t: number;
  readonly wallMs: number;
}

/** How long (wall ms) the playback takes to close a gap to its target lag. */
export const CATCH_UP_WALL_MS = 1000;

/**
 * The simulated time to draw at wall time `now`. Playback runs on its own:
 * each frame it advances by the wall time elapsed × the run's rate (simulated
 * ms per wall ms), so a hop's dot leaves at its real simulated start time
 * mapped to wall time by the current speed, between batches as well as at
 * them. It eases towards `lagWallMs` behind the run (a hop is known only once
 * answered), never goes back, and never comes nearer than half the lag to
 * the newest batch (so it rests there while the run is paused). It jumps
 * straight to the target on the first frame, when the run restarted, and
 * when it is too far behind to catch up smoothly.
 */
export function advancePlayback(
  prev: Playback | null,
  clock: DotClock,
  now: number,
  lagWallMs: number,
): Playback {
  const rate = clock.rate;
  const target = clock.simMs + (now - clock.wallMs) * rate - lagWallMs * rate;
  const ceiling = clock.simMs - (lagWallMs / 2) * rate;
  const restart = prev === null || prev.t > clock.simMs || target - prev.t > 4 * lagWallMs * rate;
  if (restart) return { t: Math.min(target, ceiling), wallMs: now };
  const dWall = Math.max(0, now - prev.wallMs);
  const free = prev.t + dWall * rate;
  const eased = free + (target - free) * Math.min(1, dWall / CATCH_UP_WALL_MS);
  return { t: Math.max(prev.t, Math.min(eased, ceiling)), wallMs: now };
}
