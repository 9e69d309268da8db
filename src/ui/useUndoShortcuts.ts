import { useEffect } from 'react';
import { useDocumentStore } from '../state/documentStore.ts';

/** Whether the key event is typing into a text field (which has its own undo). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'checkbox';
}

/** What a key press means for the document history, if anything. */
export function getHistoryAction(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Ctrl/Cmd+Z undoes a document edit; Shift+Ctrl/Cmd+Z and Ctrl+Y redo (not while typing in a field). */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = getHistoryAction(event);
      if (action === null || isTyping(event.target)) return;
      event.preventDefault();
      if (action === 'undo') useDocumentStore.getState().undo();
      else useDocumentStore.getState().redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
