/**
 * Checks of the graph as a whole: unique ids, edge references, no self-loops,
 * duplicates, calls into clients or cycles. The fan-out each kind needs is in
 * `validateShape.ts`.
 */
import { at, report, type Collector } from './checks.ts';
import type { ScenarioEdge, ScenarioNode, ScenarioNodeKind } from './types.ts';
import { checkShapes } from './validateShape.ts';

/**
 * What the graph checks need of a node. `node` is `undefined` where the node
 * itself was invalid; `id` and `kind` are then read from the raw input if they can be.
 */
export interface GraphNode {
  readonly id: string | undefined;
  readonly kind: ScenarioNodeKind | undefined;
  readonly node: ScenarioNode | undefined;
}

/** A valid edge between two existing nodes, by index. */
export interface Link {
  readonly edge: number;
  readonly from: number;
  readonly to: number;
  /** The edge sets `when` (its caller must then be a service). */
  readonly conditional: boolean;
}

/** Check ids, references and shape; `edges[i]` is `undefined` where that edge was invalid. */
export function validateGraph(
  c: Collector,
  nodes: readonly GraphNode[],
  edges: readonly (ScenarioEdge | undefined)[],
): void {
  const index = indexIds(c, nodes);
  const links = resolveLinks(c, nodes, edges, index);
  checkShapes(c, nodes, links);
  checkCycles(c, nodes, links);
}

function indexIds(c: Collector, nodes: readonly GraphNode[]): Map<string, number> {
  const index = new Map<string, number>();
  nodes.forEach(({ id }, i) => {
    if (id === undefined) return;
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else
      report(
        c,
        `nodes[${i}].id`,
        `duplicate id ${JSON.stringify(id)} (also used by nodes[${first}])`,
      );
  });
  return index;
}

function resolveLinks(
  c: Collector,
  nodes: readonly GraphNode[],
  edges: readonly (ScenarioEdge | undefined)[],
  index: ReadonlyMap<string, number>,
): Link[] {
  const links: Link[] = [];
  const seen = new Map<string, number>();
  edges.forEach((edge, i) => {
    if (edge === undefined) return;
    const path = `edges[${i}]`;
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined)
      report(c, at(path, 'from'), `no node has id ${JSON.stringify(edge.from)}`);
    if (to === undefined) report(c, at(path, 'to'), `no node has id ${JSON.stringify(edge.to)}`);
    if (from === undefined || to === undefined) return;
    if (from === to) return report(c, at(path, 'to'), 'an edge may not lead back to its own node');
    if (nodes[to]?.kind === 'client') {
      return report(
        c,
        at(path, 'to'),
        `${JSON.stringify(edge.to)} is a client; clients only send requests`,
      );
    }
    const key = `${from}>${to}`;
    const twin = seen.get(key);
    if (twin !== undefined) return report(c, path, `duplicates edges[${twin}] (same from and to)`);
    seen.set(key, i);
    links.push({ edge: i, from, to, conditional: edge.when !== undefined });
  });
  return links;
}

/** Report one edge that closes a cycle, if any: requests would loop forever. */
function checkCycles(c: Collector, nodes: readonly GraphNode[], links: readonly Link[]): void {
  const outgoing = nodes.map((): Link[] => []);
  for (const link of links) outgoing[link.from]?.push(link);
  const state = new Uint8Array(nodes.length); // 0 = new, 1 = on the current path, 2 = done
  for (let root = 0; root < nodes.length; root++) {
    if (state[root] !== 0) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const link = outgoing[top.node]?.[top.next++];
      if (link === undefined) {
        state[top.node] = 2;
        stack.pop();
      } else if (state[link.to] === 1) {
        const loop = [
          ...stack.slice(stack.findIndex((f) => f.node === link.to)).map((f) => f.node),
          link.to,
        ];
        const names = loop.map((n) => nodes[n]?.id ?? '?').join(' → ');
        report(c, `edges[${link.edge}]`, `closes a cycle (${names}); requests would loop forever`);
        return;
      } else if (state[link.to] === 0) {
        state[link.to] = 1;
        stack.push({ node: link.to, next: 0 });
      }
    }
  }
}
