/**
 * The fan-out each node kind needs (DESIGN.md's topology rules): a client has
 * exactly one entry edge; a load balancer and a shard router at least one
 * target; a cache exactly one backing store; a queue exactly one consumer, a
 * service; a database none. `when` only on edges from services. Maglev tables
 * and range boundaries are checked against the number of targets here.
 */
import { at, report, type Collector } from './checks.ts';
import { SCENARIO_DEFAULTS } from './defaults.ts';
import type { GraphNode, Link } from './validateGraph.ts';

/** Check every node's outgoing edges against its kind. */
export function checkShapes(
  c: Collector,
  nodes: readonly GraphNode[],
  links: readonly Link[],
): void {
  const outgoing = nodes.map((): Link[] => []);
  for (const link of links) outgoing[link.from]?.push(link);
  nodes.forEach((node, i) => {
    const out = outgoing[i] ?? [];
    checkNode(c, nodes, node, `nodes[${i}]`, out);
    if (node.kind === undefined || node.kind === 'service') return;
    for (const link of out) {
      if (!link.conditional) continue;
      const message = `only applies to edges from a service (${JSON.stringify(node.id)} is a ${node.kind})`;
      report(c, `edges[${link.edge}].when`, message);
    }
  });
}

function checkNode(
  c: Collector,
  nodes: readonly GraphNode[],
  node: GraphNode,
  path: string,
  out: readonly Link[],
): void {
  const name = JSON.stringify(node.id);
  const extra = (what: string): void => {
    for (const link of out.slice(1)) {
      report(
        c,
        `edges[${link.edge}].from`,
        `${what} (${name} already uses edges[${out[0]?.edge}])`,
      );
    }
  };
  switch (node.kind) {
    case 'client':
      if (out.length === 0)
        report(c, path, `client ${name} has no outgoing edge; connect it to the node it calls`);
      extra('a client has exactly one entry edge');
      return;
    case 'load-balancer':
      if (out.length === 0)
        report(c, path, `load balancer ${name} has no targets; add an edge from it to each target`);
      else checkMaglev(c, node, path, out.length);
      return;
    case 'cache':
      if (out.length === 0)
        report(
          c,
          path,
          `cache ${name} has no backing store; add an edge from it to the node that holds the data`,
        );
      extra('a cache has exactly one backing store');
      return;
    case 'shard-router':
      if (out.length === 0)
        report(c, path, `shard router ${name} has no shards; add an edge from it to each shard`);
      else checkBoundaries(c, node, path, out.length);
      return;
    case 'database':
      for (const link of out) {
        report(
          c,
          `edges[${link.edge}].from`,
          `database ${name} is a leaf; it cannot call other nodes`,
        );
      }
      return;
    case 'queue':
      if (out.length === 0)
        report(
          c,
          path,
          `queue ${name} has no consumer; add an edge from it to the service that consumes it`,
        );
      extra('a queue has exactly one consumer');
      checkConsumer(c, nodes, name, out[0]);
      return;
    case 'service':
    case undefined:
      return;
  }
}

function checkMaglev(c: Collector, node: GraphNode, path: string, targets: number): void {
  const lb = node.node;
  if (lb?.kind !== 'load-balancer' || lb.strategy !== 'maglev') return;
  const size = lb.maglevTableSize ?? SCENARIO_DEFAULTS.loadBalancer.maglevTableSize;
  if (size >= targets) return;
  const got = lb.maglevTableSize === undefined ? `${size}, the default` : `${size}`;
  report(
    c,
    at(path, 'maglevTableSize'),
    `must be at least the number of targets (${targets}) (got ${got})`,
  );
}

function checkBoundaries(c: Collector, node: GraphNode, path: string, shards: number): void {
  const router = node.node;
  if (router?.kind !== 'shard-router' || router.rangeBoundaries === undefined) return;
  const count = router.rangeBoundaries.length;
  if (count === shards - 1) return;
  const message = `must hold ${shards - 1} boundaries for ${shards} shards, one fewer than the shards (got ${count})`;
  report(c, at(path, 'rangeBoundaries'), message);
}

function checkConsumer(
  c: Collector,
  nodes: readonly GraphNode[],
  name: string,
  link: Link | undefined,
): void {
  const consumer = link === undefined ? undefined : nodes[link.to];
  if (link === undefined || consumer?.kind === undefined || consumer.kind === 'service') return;
  const message = `the consumer of queue ${name} must be a service (${JSON.stringify(consumer.id)} is a ${consumer.kind})`;
  report(c, `edges[${link.edge}].to`, message);
}
