import { describe, expect, it } from 'vitest';
import { erfc, normalCdf } from './specialFunctions.ts';

describe('special functions', () => {
  it('erfc and Φ match tabulated values', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(1)).toBeCloseTo(0.157299207, 7);
    expect(erfc(-1)).toBeCloseTo(1.842700793, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-2.326347874)).toBeCloseTo(0.01, 7);
  });
});
