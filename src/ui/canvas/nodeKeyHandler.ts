/** Turns key presses on a focused node into selection, keyboard connect and nudge commands. */
import { getNodeKeyAction } from './nodeKeys.ts';
import type { TopologyOptions, TopologyProps } from './topologyTypes.ts';

/** A keydown handler for node groups; remembers the node a keyboard connection started from. */
export function createNodeKeyHandler(
  options: TopologyOptions,
  getProps: () => TopologyProps | null,
): (id: string, event: KeyboardEvent) => void {
  let connectFrom: string | null = null;
  const stopConnecting = (): void => {
    connectFrom = null;
    options.onStatus(null);
  };
  const connect = (from: string, to: string): void => {
    stopConnecting();
    const reason = options.getConnectRefusals(from).get(to);
    if (reason === null) options.onConnect(from, to);
    else options.onConnectRefused(from, to, reason ?? 'no such node');
  };
  const nudge = (id: string, dx: number, dy: number): void => {
    const props = getProps();
    const ids = props?.selectedIds.has(id) === true ? props.selectedIds : new Set([id]);
    const moves = new Map(
      (props?.nodes ?? [])
        .filter((n) => ids.has(n.id))
        .map((n) => [n.id, { x: n.x + dx, y: n.y + dy }]),
    );
    options.onMoveNodes(moves);
  };
  return (id, event) => {
    const action = getNodeKeyAction(event, id, connectFrom);
    if (action.type !== 'none') event.preventDefault();
    if (action.type === 'select') options.onSelect(id, action.additive);
    else if (action.type === 'connect') connect(action.from, id);
    else if (action.type === 'cancel-connect') stopConnecting();
    else if (action.type === 'nudge') nudge(id, action.dx, action.dy);
    else if (action.type === 'start-connect') {
      connectFrom = id;
      options.onStatus(
        `Connecting from ${id}: focus the target node (Tab) and press Enter; Esc cancels.`,
      );
    }
  };
}
