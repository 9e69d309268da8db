import { describe, expect, it } from 'vitest';
import { getHistoryAction } from './useUndoShortcuts.ts';

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

describe('undo shortcuts', () => {
  it('maps Ctrl/Cmd+Z to undo, with Shift (or Ctrl+Y) to redo', () => {
    expect(getHistoryAction(key('z', { ctrlKey: true }))).toBe('undo');
    expect(getHistoryAction(key('z', { metaKey: true }))).toBe('undo');
    expect(getHistoryAction(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(getHistoryAction(key('z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(getHistoryAction(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores plain keys and other chords', () => {
    expect(getHistoryAction(key('z'))).toBeNull();
    expect(getHistoryAction(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(getHistoryAction(key('s', { ctrlKey: true }))).toBeNull();
  });
});
