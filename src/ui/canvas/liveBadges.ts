/**
 * What the badges above a node say, as data: queue, calls in flight, error
 * share, instances (when scaled) and a balancer's healthy targets. Each badge
 * has a glyph and a tone; warnings and errors also get a dashed outline, so
 * neither colour nor text alone carries the state.
 */
import type { NodeLive } from './topologyTypes.ts';

export type BadgeTone = 'neutral' | 'warn' | 'danger';

export interface Badge {
  readonly key: 'queue' | 'inflight' | 'errors' | 'instances' | 'healthy';
  readonly text: string;
  readonly tone: BadgeTone;
  /** Spoken form for the node's accessible label. */
  readonly spoken: string;
}

const compact = (v: number): string =>
  v >= 1000
    ? `${(v / 1000).toFixed(v >= 10_000 ? 0 : 1)}k`
    : v >= 10
      ? v.toFixed(0)
      : v.toFixed(1).replace(/\.0$/, '');

/** Error share at or above this is `danger`; any error at all is `warn`. */
export const ERROR_DANGER = 0.1;

function errorBadge(share: number): Badge | null {
  if (!Number.isFinite(share) || share <= 0) return null;
  const pct = share >= 0.1 ? Math.round(share * 100) : Math.round(share * 1000) / 10;
  return {
    key: 'errors',
    text: `⚠ ${pct}%`,
    tone: share >= ERROR_DANGER ? 'danger' : 'warn',
    spoken: `${pct}% errors`,
  };
}

function healthyBadge(h: NodeLive['healthy']): Badge | null {
  if (h === null || h.targets === 0 || !Number.isFinite(h.inRotation)) return null;
  const all = h.inRotation >= h.targets;
  return {
    key: 'healthy',
    text: `${all ? '✓' : '✕'} ${h.inRotation}/${h.targets}`,
    tone: all ? 'neutral' : h.inRotation === 0 ? 'danger' : 'warn',
    spoken: `${h.inRotation} of ${h.targets} targets in rotation`,
  };
}

/** The badges of one node, in drawing order (empty without a live reading). */
export function getNodeBadges(live: NodeLive | undefined): Badge[] {
  if (live === undefined) return [];
  const out: (Badge | null)[] = [
    Number.isFinite(live.queue) && live.queue >= 0.05
      ? {
          key: 'queue',
          text: `▤ ${compact(live.queue)}`,
          tone: 'neutral',
          spoken: `queue ${compact(live.queue)}`,
        }
      : null,
    Number.isFinite(live.inFlight) && live.inFlight > 0
      ? {
          key: 'inflight',
          text: `⇢ ${compact(live.inFlight)}`,
          tone: 'neutral',
          spoken: `${compact(live.inFlight)} in flight`,
        }
      : null,
    errorBadge(live.errorShare),
    live.instances > 1
      ? {
          key: 'instances',
          text: `×${live.instances}`,
          tone: 'neutral',
          spoken: `${live.instances} instances`,
        }
      : null,
    healthyBadge(live.healthy),
  ];
  return out.filter((b): b is Badge => b !== null);
}

/** Edge stroke width for a call rate under reduced motion: 1.5 px idle, growing with log10, at most 9. */
export function getTrafficWidth(callsPerSec: number): number {
  if (!Number.isFinite(callsPerSec) || callsPerSec <= 0) return 1.5;
  return Math.min(9, 1.5 + 1.6 * Math.log10(1 + callsPerSec));
}
