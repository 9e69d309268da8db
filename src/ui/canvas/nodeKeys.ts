/**
 * The keyboard on a focused node: Enter or Space selects it (Shift adds it to
 * the selection); `C` starts a connection from it, after which Enter on
 * another node connects the two and Escape cancels; arrow keys nudge the
 * selection by one grid step.
 */
import { GRID_SIZE } from './gestures.ts';

export type NodeKeyAction =
  | { readonly type: 'select'; readonly additive: boolean }
  | { readonly type: 'start-connect' }
  | { readonly type: 'connect'; readonly from: string }
  | { readonly type: 'cancel-connect' }
  | { readonly type: 'nudge'; readonly dx: number; readonly dy: number }
  | { readonly type: 'none' };

const NUDGES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What a key press on node `id` means, given the node a connection started from (or null). */
export function getNodeKeyAction(
  event: {
    readonly key: string;
    readonly shiftKey: boolean;
    readonly ctrlKey: boolean;
    readonly metaKey: boolean;
  },
  id: string,
  connectFrom: string | null,
): NodeKeyAction {
  if (event.ctrlKey || event.metaKey) return { type: 'none' };
  if (event.key === 'Enter' || event.key === ' ') {
    if (connectFrom !== null && connectFrom !== id) return { type: 'connect', from: connectFrom };
    return { type: 'select', additive: event.shiftKey };
  }
  if (event.key === 'c' || event.key === 'C') return { type: 'start-connect' };
  if (event.key === 'Escape' && connectFrom !== null) return { type: 'cancel-connect' };
  const nudge = NUDGES[event.key];
  if (nudge !== undefined)
    return { type: 'nudge', dx: nudge[0] * GRID_SIZE, dy: nudge[1] * GRID_SIZE };
  return { type: 'none' };
}
