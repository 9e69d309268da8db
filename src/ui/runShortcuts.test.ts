import { describe, expect, it } from 'vitest';
import { getNextSpeed, getRunShortcut } from './runShortcuts.ts';

const key = (k: string, ctrlKey = false) => ({ key: k, ctrlKey, metaKey: false, altKey: false });

describe('presenter keys', () => {
  it('maps P, Space, ., + and -', () => {
    expect(getRunShortcut(key('p'))).toBe('presenter');
    expect(getRunShortcut(key(' '))).toBe('toggle-run');
    expect(getRunShortcut(key('.'))).toBe('step');
    expect(getRunShortcut(key('+'))).toBe('faster');
    expect(getRunShortcut(key('='))).toBe('faster');
    expect(getRunShortcut(key('-'))).toBe('slower');
    expect(getRunShortcut(key('p', true))).toBeNull();
    expect(getRunShortcut(key('x'))).toBeNull();
  });

  it('steps along the speed list and stops at the ends', () => {
    const speeds = [0.1, 1, 10, 'max'] as const;
    expect(getNextSpeed(speeds, 1, 1)).toBe(10);
    expect(getNextSpeed(speeds, 10, 1)).toBe('max');
    expect(getNextSpeed(speeds, 'max', 1)).toBe('max');
    expect(getNextSpeed(speeds, 0.1, -1)).toBe(0.1);
    expect(getNextSpeed(speeds, 10, -1)).toBe(1);
  });
});
