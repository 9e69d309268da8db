import { describe, expect, it } from 'vitest';
import { getCanvasShortcut } from './useCanvasShortcuts.ts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('canvas shortcuts', () => {
  it('maps Delete, Backspace and Ctrl/Cmd + D, C, V', () => {
    expect(getCanvasShortcut(key('Delete'))).toBe('delete');
    expect(getCanvasShortcut(key('Backspace'))).toBe('delete');
    expect(getCanvasShortcut(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(getCanvasShortcut(key('C', { metaKey: true }))).toBe('copy');
    expect(getCanvasShortcut(key('v', { ctrlKey: true }))).toBe('paste');
  });

  it('leaves other keys alone', () => {
    expect(getCanvasShortcut(key('d'))).toBeNull();
    expect(getCanvasShortcut(key('z', { ctrlKey: true }))).toBeNull();
    expect(getCanvasShortcut(key('v', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});
