import { useEffect } from 'react';
import {
  copySelection,
  deleteSelection,
  duplicateSelection,
  pasteClipboard,
} from '../state/canvasCommands.ts';
import { getDrawnPositions, reportOutcome } from './topologyActions.ts';
import { isTyping } from './useUndoShortcuts.ts';

export type CanvasShortcut = 'delete' | 'duplicate' | 'copy' | 'paste';

/** What a key press means for the canvas selection, if anything. */
export function getCanvasShortcut(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}): CanvasShortcut | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod && !event.altKey && (event.key === 'Delete' || event.key === 'Backspace'))
    return 'delete';
  if (!mod || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'd') return 'duplicate';
  if (key === 'c') return 'copy';
  if (key === 'v') return 'paste';
  return null;
}

function runShortcut(shortcut: CanvasShortcut): void {
  if (shortcut === 'delete') reportOutcome('Could not delete.', deleteSelection());
  else if (shortcut === 'duplicate')
    reportOutcome('Could not duplicate.', duplicateSelection(getDrawnPositions()));
  else if (shortcut === 'copy') copySelection(getDrawnPositions());
  else reportOutcome('Could not paste.', pasteClipboard(getDrawnPositions()));
}

/** Delete/Backspace, Ctrl/Cmd+D, Ctrl/Cmd+C and Ctrl/Cmd+V on the canvas selection (not while typing). */
export function useCanvasShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const shortcut = getCanvasShortcut(event);
      if (shortcut === null || event.defaultPrevented) return;
      if (isTyping(event.target) || event.target instanceof HTMLSelectElement || hasTextSelection())
        return;
      event.preventDefault();
      runShortcut(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** A copy with text selected on the page copies the text, not nodes. */
function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed;
}
