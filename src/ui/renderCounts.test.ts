import { describe, expect, it } from 'vitest';
import { countRender, isRenderCountQuery } from './renderCounts.ts';

describe('render counts', () => {
  it('are asked for by ?renderCounts only', () => {
    expect(isRenderCountQuery('?renderCounts')).toBe(true);
    expect(isRenderCountQuery('?renderCounts=1')).toBe(true);
    expect(isRenderCountQuery('?a=2&renderCounts=yes')).toBe(true);
    expect(isRenderCountQuery('')).toBe(false);
    expect(isRenderCountQuery('?renderCounts=0')).toBe(false);
    expect(isRenderCountQuery('?renderCounts=false')).toBe(false);
    expect(isRenderCountQuery('?render=1')).toBe(false);
  });

  it('count nothing when off (no window here), without failing', () => {
    expect(() => countRender('App')).not.toThrow();
    expect(typeof window).toBe('undefined');
  });
});
