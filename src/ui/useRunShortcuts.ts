import { useEffect } from 'react';
import { simCommands } from '../state/app.ts';
import { useCanvasSettings } from '../state/canvasSettingsStore.ts';
import { SPEEDS, useRunStore } from '../state/runStore.ts';
import type { RunShortcut } from './runShortcuts.ts';
import { getNextSpeed, getRunShortcut } from './runShortcuts.ts';
import { isTyping } from './useUndoShortcuts.ts';

/** Elements whose own keys win: fields, selects, buttons (Space presses them), and links. */
function ownsKeys(target: EventTarget | null): boolean {
  if (isTyping(target)) return true;
  return (
    target instanceof HTMLSelectElement ||
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    target instanceof HTMLInputElement
  );
}

function toggleRun(): void {
  const { status } = useRunStore.getState();
  if (status === 'running') void simCommands.pause();
  else if (status === 'paused') void simCommands.resume();
  else if (status !== 'loading') void simCommands.run();
}

function runShortcut(shortcut: RunShortcut): void {
  const { speed } = useRunStore.getState();
  if (shortcut === 'presenter') useCanvasSettings.getState().togglePresenting();
  else if (shortcut === 'toggle-run') toggleRun();
  else if (shortcut === 'step') void simCommands.step();
  else void simCommands.setSpeed(getNextSpeed(SPEEDS, speed, shortcut === 'faster' ? 1 : -1));
}

/** P, Space, `.`, `+`/`-` anywhere on the page except where a control takes the key. */
export function useRunShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const shortcut = getRunShortcut(event);
      if (shortcut === null || event.defaultPrevented || ownsKeys(event.target)) return;
      event.preventDefault();
      runShortcut(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Start with reduced motion when the system asks for it. */
export function useSystemReducedMotion(): void {
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    if (query.matches) useCanvasSettings.getState().setReducedMotion(true);
  }, []);
}
