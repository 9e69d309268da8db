/**
 * Keys for presenting: `P` toggles presenter mode, Space runs / pauses /
 * resumes, `.` steps one window, `+` and `-` change the speed along the
 * toolbar's list. Pure, so they are tested without a page.
 */
import type { Speed } from '../state/runStore.ts';

export type RunShortcut = 'presenter' | 'toggle-run' | 'step' | 'faster' | 'slower';

/** What a key press means, if anything (modifier combinations are left to the browser). */
export function getRunShortcut(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}): RunShortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'p':
    case 'P':
      return 'presenter';
    case ' ':
      return 'toggle-run';
    case '.':
      return 'step';
    case '+':
    case '=':
      return 'faster';
    case '-':
    case '_':
      return 'slower';
    default:
      return null;
  }
}

/** The next speed in `speeds` in direction `dir` (+1 faster, −1 slower), staying at the ends. */
export function getNextSpeed(speeds: readonly Speed[], current: Speed, dir: 1 | -1): Speed {
  const i = speeds.indexOf(current);
  const next = speeds[Math.min(speeds.length - 1, Math.max(0, (i < 0 ? 0 : i) + dir))];
  return next ?? current;
}
