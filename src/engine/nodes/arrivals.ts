import { standardExponential } from '../random/ziggurat.ts';
import type { RandomStream } from '../random/rng.ts';
import type { ArrivalSpec } from '../spec.ts';

/** Gives the time of the next open-loop arrival after `now` (Infinity: no more). */
export type NextArrival = (now: number) => number;

/**
 * Open-loop arrival processes. Time-varying shapes (`steps`, `ramp`, `spike`)
 * are non-homogeneous Poisson processes, drawn exactly by thinning (Lewis &
 * Shedler 1979): candidates at the peak rate, each kept with probability
 * λ(t) / λmax. Returns null for the closed loop (`users`).
 */
export function createArrivals(
  spec: ArrivalSpec,
  stream: RandomStream,
  horizonMs: number,
): NextArrival | null {
  switch (spec.type) {
    case 'poisson': {
      const mean = 1000 / spec.ratePerSec;
      return (now) => now + mean * standardExponential(stream);
    }
    case 'constant': {
      const gap = 1000 / spec.ratePerSec;
      return (now) => now + gap;
    }
    case 'steps':
    case 'ramp':
    case 'spike':
      return thinning(rateFunction(spec), peakRate(spec), stream, horizonMs);
    case 'users':
      return null;
  }
}

type Shaped = Extract<ArrivalSpec, { type: 'steps' | 'ramp' | 'spike' }>;

/** λ(t) in requests per ms. */
function rateFunction(spec: Shaped): (t: number) => number {
  switch (spec.type) {
    case 'steps': {
      const at = spec.steps.map((s) => s.atMs);
      const rate = spec.steps.map((s) => s.ratePerSec / 1000);
      return (t) => {
        let r = 0;
        for (let i = 0; i < at.length && at[i]! <= t; i++) r = rate[i]!;
        return r;
      };
    }
    case 'ramp': {
      const { fromPerSec, toPerSec, startMs, durationMs } = spec;
      return (t) => {
        if (t <= startMs) return fromPerSec / 1000;
        if (t >= startMs + durationMs || durationMs === 0) return toPerSec / 1000;
        return (fromPerSec + ((toPerSec - fromPerSec) * (t - startMs)) / durationMs) / 1000;
      };
    }
    case 'spike': {
      const { ratePerSec, spikeRatePerSec, atMs, durationMs } = spec;
      return (t) => (t >= atMs && t < atMs + durationMs ? spikeRatePerSec : ratePerSec) / 1000;
    }
  }
}

function peakRate(spec: Shaped): number {
  switch (spec.type) {
    case 'steps':
      return Math.max(0, ...spec.steps.map((s) => s.ratePerSec)) / 1000;
    case 'ramp':
      return Math.max(spec.fromPerSec, spec.toPerSec) / 1000;
    case 'spike':
      return Math.max(spec.ratePerSec, spec.spikeRatePerSec) / 1000;
  }
}

/** Candidates past the horizon end the process, so a rate that drops to 0 for good cannot spin. */
function thinning(
  rate: (t: number) => number,
  peak: number,
  stream: RandomStream,
  horizonMs: number,
): NextArrival {
  if (!(peak > 0)) return () => Infinity;
  const mean = 1 / peak;
  return (now) => {
    let t = now;
    for (;;) {
      t += mean * standardExponential(stream);
      if (t > horizonMs) return Infinity;
      if (stream.next() * peak < rate(t)) return t;
    }
  };
}
