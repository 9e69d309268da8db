/**
 * The distribution editor's choices: each form of the format's `Dist`, its
 * parameters, and a starting value with about the same mean when the person
 * switches from one form to another.
 */
import type { Dist } from './formatTypes.ts';

/** A form of distribution; lognormal has two (by median/p99 or by mu/sigma). */
export type DistForm = Dist['type'] | 'lognormal-mu';

interface DistParam {
  readonly key: string;
  readonly label: string;
  readonly min?: number;
}

/** Every form, its label and parameters (ms unless said otherwise). */
export const DIST_FORMS: Readonly<
  Record<DistForm, { label: string; params: readonly DistParam[] }>
> = {
  constant: { label: 'constant', params: [{ key: 'value', label: 'Value (ms)', min: 0 }] },
  exponential: { label: 'exponential', params: [{ key: 'mean', label: 'Mean (ms)', min: 0 }] },
  uniform: {
    label: 'uniform',
    params: [
      { key: 'min', label: 'Min (ms)', min: 0 },
      { key: 'max', label: 'Max (ms)', min: 0 },
    ],
  },
  lognormal: {
    label: 'lognormal (median, p99)',
    params: [
      { key: 'median', label: 'Median (ms)', min: 0 },
      { key: 'p99', label: 'p99 (ms)', min: 0 },
    ],
  },
  'lognormal-mu': {
    label: 'lognormal (μ, σ of ln X)',
    params: [
      { key: 'mu', label: 'μ (mean of ln ms)' },
      { key: 'sigma', label: 'σ (sd of ln ms)', min: 0 },
    ],
  },
  normal: {
    label: 'normal (truncated at 0)',
    params: [
      { key: 'mean', label: 'Mean (ms)', min: 0 },
      { key: 'sd', label: 'Standard deviation (ms)', min: 0 },
    ],
  },
  pareto: {
    label: 'pareto (heavy tail)',
    params: [
      { key: 'scale', label: 'Scale, the minimum (ms)', min: 0 },
      { key: 'shape', label: 'Shape α (tail; > 1 for a finite mean)', min: 0 },
    ],
  },
};

const num = (d: Readonly<Record<string, unknown>>, key: string): number => {
  const v = d[key];
  return typeof v === 'number' ? v : Number.NaN;
};

/** Which form a distribution object is in; null when it is not one. */
export function getDistForm(dist: unknown): DistForm | null {
  if (typeof dist !== 'object' || dist === null) return null;
  const d = dist as Readonly<Record<string, unknown>>;
  if (d.type === 'lognormal') return 'mu' in d ? 'lognormal-mu' : 'lognormal';
  const type = d.type;
  return typeof type === 'string' && type in DIST_FORMS ? (type as DistForm) : null;
}

/** A typical value (the mean, or the median) of a distribution; NaN when unknown. */
export function getTypicalValue(dist: unknown): number {
  const form = getDistForm(dist);
  if (form === null) return Number.NaN;
  const d = dist as Readonly<Record<string, unknown>>;
  switch (form) {
    case 'constant':
      return num(d, 'value');
    case 'uniform':
      return (num(d, 'min') + num(d, 'max')) / 2;
    case 'lognormal':
      return num(d, 'median');
    case 'lognormal-mu':
      return Math.exp(num(d, 'mu'));
    case 'pareto': {
      const shape = num(d, 'shape');
      return shape > 1 ? (num(d, 'scale') * shape) / (shape - 1) : num(d, 'scale');
    }
    default:
      return num(d, 'mean');
  }
}

const round = (v: number): number => Number(v.toPrecision(3));

/** A distribution of `form` with about the typical value `m` (10 ms when unknown). */
export function createDist(form: DistForm, typical: number): Dist {
  const m = Number.isFinite(typical) && typical > 0 ? typical : 10;
  switch (form) {
    case 'constant':
      return { type: 'constant', value: round(m) };
    case 'exponential':
      return { type: 'exponential', mean: round(m) };
    case 'uniform':
      return { type: 'uniform', min: round(m / 2), max: round(1.5 * m) };
    case 'lognormal':
      return { type: 'lognormal', median: round(m), p99: round(4 * m) };
    case 'lognormal-mu':
      return { type: 'lognormal', mu: round(Math.log(m)), sigma: 0.6 };
    case 'normal':
      return { type: 'normal', mean: round(m), sd: round(m / 4) };
    case 'pareto':
      return { type: 'pareto', scale: round(m / 2), shape: 2 };
  }
}

/** z of the 99th percentile of a standard normal (the format's median/p99 → sigma). */
const Z99 = 2.3263478740408408;

/** The mean of a distribution in ms (Infinity for a Pareto tail with shape ≤ 1; NaN when unknown). */
export function getDistMean(dist: unknown): number {
  const form = getDistForm(dist);
  if (form === null) return Number.NaN;
  const d = dist as Readonly<Record<string, unknown>>;
  switch (form) {
    case 'lognormal': {
      const sigma = Math.log(num(d, 'p99') / num(d, 'median')) / Z99;
      return num(d, 'median') * Math.exp((sigma * sigma) / 2);
    }
    case 'lognormal-mu':
      return Math.exp(num(d, 'mu') + num(d, 'sigma') ** 2 / 2);
    case 'pareto':
      return num(d, 'shape') > 1 ? getTypicalValue(dist) : Number.POSITIVE_INFINITY;
    default:
      return getTypicalValue(dist);
  }
}
