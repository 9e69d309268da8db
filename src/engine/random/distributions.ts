import { erfc } from '../../lib/specialFunctions.ts';
import type { DistSpec } from '../spec.ts';
import type { RandomStream } from './rng.ts';
import { standardExponential } from './ziggurat.ts';
import { standardNormalZiggurat } from './zigguratNormal.ts';

/** Draws one value (ms) from a distribution using a seeded stream. */
export type Sampler = () => number;

/** Build a sampler for `spec` that draws from `stream`. Values are never negative. */
export function createSampler(spec: DistSpec, stream: RandomStream): Sampler {
  switch (spec.type) {
    case 'constant': {
      const value = spec.value;
      return () => value;
    }
    case 'exponential': {
      const mean = spec.mean;
      return () => mean * standardExponential(stream);
    }
    case 'uniform': {
      const min = spec.min;
      const width = spec.max - spec.min;
      return () => min + width * stream.next();
    }
    case 'lognormal': {
      const { mu, sigma } = spec;
      return () => Math.exp(mu + sigma * standardNormal(stream));
    }
    case 'normal': {
      const { mean, sd } = spec;
      return () => truncatedNormal(stream, mean, sd);
    }
    case 'pareto': {
      const { scale, shape } = spec;
      const inverseShape = 1 / shape;
      return () => scale / Math.pow(1 - stream.next(), inverseShape);
    }
  }
}

/** The value of a constant distribution; NaN for any other (or none). */
export function fixedValue(spec: DistSpec | null): number {
  return spec !== null && spec.type === 'constant' ? spec.value : NaN;
}

/** The mean of a distribution (Infinity for Pareto with shape ≤ 1). */
export function distributionMean(spec: DistSpec): number {
  switch (spec.type) {
    case 'constant':
      return spec.value;
    case 'exponential':
      return spec.mean;
    case 'uniform':
      return (spec.min + spec.max) / 2;
    case 'lognormal':
      return Math.exp(spec.mu + (spec.sigma * spec.sigma) / 2);
    case 'normal':
      return truncatedNormalMean(spec.mean, spec.sd);
    case 'pareto':
      return spec.shape > 1 ? (spec.shape * spec.scale) / (spec.shape - 1) : Infinity;
  }
}

/** Standard normal variates (ziggurat). */
const standardNormal = standardNormalZiggurat;

function truncatedNormal(stream: RandomStream, mean: number, sd: number): number {
  if (sd === 0) return Math.max(0, mean);
  // Rejection is cheap unless the mass below zero is large; cap attempts and clamp.
  for (let i = 0; i < 64; i++) {
    const x = mean + sd * standardNormal(stream);
    if (x >= 0) return x;
  }
  return 0;
}

function truncatedNormalMean(mean: number, sd: number): number {
  if (sd === 0) return Math.max(0, mean);
  const a = -mean / sd;
  const pdf = Math.exp((-a * a) / 2) / Math.sqrt(2 * Math.PI);
  const tail = 0.5 * erfc(a / Math.SQRT2);
  return tail > 0 ? mean + (sd * pdf) / tail : 0;
}
