import { describe, expect, it } from 'vitest';
import type { DistForm } from './distTemplates.ts';
import {
  createDist,
  DIST_FORMS,
  getDistForm,
  getDistMean,
  getTypicalValue,
} from './distTemplates.ts';

describe('distTemplates', () => {
  it('recognizes every form, lognormal by its parameters', () => {
    expect(getDistForm({ type: 'lognormal', median: 1, p99: 2 })).toBe('lognormal');
    expect(getDistForm({ type: 'lognormal', mu: 0, sigma: 1 })).toBe('lognormal-mu');
    expect(getDistForm({ type: 'weird' })).toBeNull();
    expect(getDistForm(undefined)).toBeNull();
  });

  it('switching form keeps about the same typical value', () => {
    for (const form of Object.keys(DIST_FORMS) as DistForm[]) {
      const dist = createDist(form, 8);
      expect(getDistForm(dist)).toBe(form);
      expect(getTypicalValue(dist)).toBeCloseTo(8, 0);
      for (const p of DIST_FORMS[form].params) expect(dist).toHaveProperty(p.key);
    }
  });

  it('computes means for service capacity', () => {
    expect(getDistMean({ type: 'exponential', mean: 4 })).toBe(4);
    expect(getDistMean({ type: 'uniform', min: 2, max: 6 })).toBe(4);
    expect(getDistMean({ type: 'lognormal', mu: 0, sigma: 0 })).toBe(1);
    expect(getDistMean({ type: 'pareto', scale: 1, shape: 2 })).toBe(2);
    expect(getDistMean({ type: 'pareto', scale: 1, shape: 1 })).toBe(Infinity);
    expect(getDistMean({ type: 'lognormal', median: 10, p99: 10 })).toBeCloseTo(10);
  });
});
