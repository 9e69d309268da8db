/**
 * Connecting by dragging from a node's handle (the small circle on its right
 * side) to another node. While dragging, a line follows the pointer and a note
 * beside it says what a release would do: the target's name, or why the
 * format refuses that edge (a client cannot be called, a cycle, …). Releasing
 * on a node connects or reports the refusal; releasing elsewhere does nothing.
 */
import type { Selection } from 'd3';
import { drag } from 'd3';
import { findNodeAt } from './gestures.ts';
import type { Point } from './layout.ts';
import type { TopologyNode } from './topologyTypes.ts';

export interface ConnectOptions {
  readonly container: () => SVGGElement;
  readonly getNodes: () => readonly TopologyNode[];
  /** Why an edge `from → to` would be refused (null when it is allowed), for every other node. */
  readonly getRefusals: (from: string) => ReadonlyMap<string, string | null>;
  readonly onConnect: (from: string, to: string) => void;
  readonly onRefused: (from: string, to: string, reason: string) => void;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
type Handles = Selection<SVGCircleElement, TopologyNode, SVGGElement, unknown>;

/** The text beside the pointer for a hovered target. */
export function getConnectHint(target: string | null, refusal: string | null | undefined): string {
  if (target === null) return 'drop on a node to connect';
  if (refusal === undefined || refusal === null) return `connect to ${target}`;
  return `cannot connect: ${refusal}`;
}

/** Create the gesture; its preview is drawn into `layer` (inside the zoomed viewport). */
export function createConnectGesture(layer: Layer, options: ConnectOptions) {
  const line = layer.append('line').attr('class', 'connect-preview').attr('visibility', 'hidden');
  const note = layer
    .append('text')
    .attr('class', 'connect-note')
    .attr('data-testid', 'connect-note');
  let refusals: ReadonlyMap<string, string | null> = new Map();
  let target: TopologyNode | null = null;

  const hoverAt = (from: TopologyNode, p: Point): void => {
    const others = options.getNodes().filter((n) => n.id !== from.id);
    target = findNodeAt(others, p);
    const refusal = target === null ? undefined : refusals.get(target.id);
    const refused = refusal !== undefined && refusal !== null;
    line.attr('x1', from.x).attr('y1', from.y).attr('x2', p.x).attr('y2', p.y);
    line.classed('is-refused', refused).classed('is-allowed', target !== null && !refused);
    note
      .attr('x', p.x + 14)
      .attr('y', p.y - 12)
      .classed('is-refused', refused)
      .text(getConnectHint(target?.id ?? null, refusal));
  };

  const finish = (from: TopologyNode): void => {
    line.attr('visibility', 'hidden');
    note.text('');
    if (target === null) return;
    const reason = refusals.get(target.id);
    if (reason === null) options.onConnect(from.id, target.id);
    else options.onRefused(from.id, target.id, reason ?? 'no such node');
    target = null;
  };

  const behaviour = drag<SVGCircleElement, TopologyNode>()
    .container(options.container)
    .subject((event: { x: number; y: number }) => ({ x: event.x, y: event.y }))
    .on('start', (_event, d) => {
      refusals = options.getRefusals(d.id);
      line.attr('visibility', 'visible');
    })
    .on('drag', (event: { x: number; y: number }, d) => hoverAt(d, event))
    .on('end', (_event, d) => finish(d));

  return { attach: (handles: Handles) => void handles.call(behaviour) };
}
