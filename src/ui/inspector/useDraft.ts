import { useState } from 'react';

/** What a field shows while the person types: their text, and why it was not applied. */
export interface Draft {
  /** The text as typed, or null to show the document's value. */
  readonly text: string | null;
  /** Path-qualified problems of the last attempt (empty when it was applied). */
  readonly errors: readonly string[];
}

interface DraftState extends Draft {
  /** The document value this draft was typed against. */
  readonly seen: string;
}

/**
 * Local text of a form field. The document keeps only valid values, so the
 * input must remember what the person typed (and why it was refused) until
 * they fix it. When the document value changes underneath (undo, another
 * field), the draft is dropped — unless it still means that same value
 * (typing `0.` over `0`).
 */
export function useDraft(
  docText: string,
  stillMatches: (text: string) => boolean = (text) => text === docText,
): [Draft, (next: Draft) => void] {
  const [state, setState] = useState<DraftState>({ seen: docText, text: null, errors: [] });
  if (state.seen !== docText) {
    const keep = state.text !== null && state.errors.length === 0 && stillMatches(state.text);
    const next: DraftState = { seen: docText, text: keep ? state.text : null, errors: [] };
    setState(next);
    return [next, (d) => setState({ ...d, seen: docText })];
  }
  return [state, (d) => setState({ ...d, seen: docText })];
}
