import { describe, expect, it } from 'vitest';
import {
  getContrastRatio,
  getUtilizationFill,
  getUtilizationInk,
  MIN_CONTRAST,
} from './utilizationColor.ts';

describe('utilization colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(getContrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(getContrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(getContrastRatio('rgb(0, 0, 0)', '#000000')).toBe(1);
  });

  it('the value printed on a node reaches 4.5:1 against its fill at every utilization', () => {
    for (let i = 0; i <= 1000; i++) {
      const u = i / 1000;
      const ratio = getContrastRatio(getUtilizationInk(u), getUtilizationFill(u));
      expect(ratio, `utilization ${u}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
    expect(getContrastRatio(getUtilizationInk(null), getUtilizationFill(null))).toBeGreaterThan(
      MIN_CONTRAST,
    );
  });

  it('keeps the usual dark ink on light fills and white on the darkest', () => {
    expect(getUtilizationInk(0.1)).toBe('#1b2430');
    expect(getUtilizationInk(1)).toBe('#ffffff');
  });
});
