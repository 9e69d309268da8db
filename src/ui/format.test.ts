import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  formatRate,
  formatRateCompact,
  formatSeconds,
} from './format.ts';

describe('format', () => {
  it('formats simulated time', () => {
    expect(formatSeconds(12_049)).toBe('12.0 s');
    expect(formatDuration(120_000)).toBe('120 s');
    expect(formatDuration(90_500)).toBe('90.5 s');
  });

  it('formats counts, rates, latencies and shares', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatRate(812.4)).toBe('812');
    expect(formatRate(81.24)).toBe('81.2');
    expect(formatRate(0.814)).toBe('0.81');
    expect(formatMs(4.2134)).toBe('4.21 ms');
    expect(formatMs(1234.5)).toBe('1,235 ms');
    expect(formatPercent(0.724)).toBe('72%');
    expect(formatRateCompact(1522)).toBe('1.5k');
    expect(formatRateCompact(812)).toBe('812');
  });

  it('shows a dash for missing values', () => {
    for (const f of [formatSeconds, formatCount, formatRate, formatMs, formatPercent])
      expect(f(Number.NaN)).toBe('–');
  });
});
