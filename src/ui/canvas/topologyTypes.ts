/** What the topology controller draws. Plain data: no scenario or engine types. */

export interface TopologyNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

export interface TopologyEdge {
  readonly from: string;
  readonly to: string;
}

/** The key of an edge in the canvas and the selection: `from→to`. */
export const toEdgeKey = (edge: TopologyEdge): string => `${edge.from}→${edge.to}`;

/** The live reading shown on a node. */
export interface NodeReading {
  /** 0..1 for nodes with workers; null where utilization means nothing (clients, balancers). */
  readonly utilization: number | null;
  /** Text printed inside the node, e.g. `72%` or `812/s`. */
  readonly text: string;
  /** The node runs no instance (crashed): drawn dashed and labelled `down`. */
  readonly down: boolean;
  /** Live state shown as badges above the node; absent before the first window. */
  readonly live?: NodeLive;
}

/** What the badges above a node say. */
export interface NodeLive {
  readonly queue: number;
  readonly inFlight: number;
  /** 0..1, NaN when nothing finished in the window. */
  readonly errorShare: number;
  readonly instances: number;
  /** Load balancers: targets in rotation of all targets. */
  readonly healthy: { readonly inRotation: number; readonly targets: number } | null;
}

/** The live state of an edge (keyed by `from→to`). */
export interface EdgeReading {
  readonly callsPerSec: number;
  /** 0..1, NaN without calls. */
  readonly errorShare: number;
  readonly breaker: 'none' | 'closed' | 'half-open' | 'open';
}

/** One sampled hop of a real request (see `state/traceFeed`). */
export interface DotHop {
  /** The sampled request (root request id) the hop belongs to. */
  readonly requestId: number;
  readonly from: string;
  readonly to: string;
  readonly sentMs: number;
  readonly arrivedMs: number;
  readonly leftMs: number;
  readonly answeredMs: number;
  readonly outcome: 'ok' | 'retry' | 'timeout' | 'rejected' | 'failed';
}

/** Where the run was at the last batch: simulated ms, wall ms, simulated ms per wall ms. */
export interface DotClock {
  readonly simMs: number;
  readonly wallMs: number;
  readonly rate: number;
}

/** Where the animated dots come from. */
export interface DotSource {
  getHops(): readonly DotHop[];
  getClock(): DotClock;
  forgetBefore(simMs: number): void;
}

export interface TopologyProps {
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
  readonly readings: ReadonlyMap<string, NodeReading>;
  /** Every selected node. */
  readonly selectedIds: ReadonlySet<string>;
  /** The selected edge as `from→to`, or null. */
  readonly selectedEdgeKey: string | null;
  /** Dragged nodes snap to the grid. */
  readonly snap: boolean;
  /** Live edge state by `from→to` (breakers; traffic as thickness under reduced motion). */
  readonly edgeReadings: ReadonlyMap<string, EdgeReading>;
  /** No moving dots: traffic is shown as edge thickness. */
  readonly reducedMotion: boolean;
}

export interface TopologyOptions {
  /** A node was clicked (shift: `additive`) or Enter pressed on it; null when the background was clicked. */
  onSelect(id: string | null, additive: boolean): void;
  /** A selection box was drawn around these nodes. */
  onSelectNodes(ids: readonly string[]): void;
  /** An edge was clicked. */
  onSelectEdge(edge: TopologyEdge): void;
  /** A node was right-clicked (context menu), at viewport coordinates. */
  onNodeMenu?(id: string, pageX: number, pageY: number): void;
  /** Nodes were dragged (or nudged) to new positions: one edit. */
  onMoveNodes(positions: ReadonlyMap<string, { x: number; y: number }>): void;
  /** Why an edge from `from` to each other node would be refused (null: allowed). */
  getConnectRefusals(from: string): ReadonlyMap<string, string | null>;
  onConnect(from: string, to: string): void;
  onConnectRefused(from: string, to: string, reason: string): void;
  /** A message for the person (keyboard connect in progress), or null to clear it. */
  onStatus(text: string | null): void;
  /** Sampled requests for the animated dots; none when absent. */
  readonly dots?: DotSource;
  /** A request dot was clicked: show that request's trace. */
  onOpenTrace?(requestId: number): void;
}

/** The framework-free controller behind the topology view. */
export interface TopologyController {
  update(props: TopologyProps): void;
  /** Zoom to show every node. */
  fit(): void;
  /** A point on screen (client coordinates) in canvas units: where a dropped node goes. */
  toCanvasPoint(clientX: number, clientY: number): { x: number; y: number };
  destroy(): void;
}
