import { Kernel, type EdgeRuntime } from './core/kernel.ts';
import { NodeStats } from './metrics/nodeStats.ts';
import type { NodeBehavior } from './nodes/behavior.ts';
import { ClientNode } from './nodes/client.ts';
import { LoadBalancerNode } from './nodes/loadBalancer.ts';
import { ServiceNode } from './nodes/service.ts';
import { createSampler } from './random/distributions.ts';
import { createRandomStream } from './random/rng.ts';
import type { ModelSpec, NodeSpec } from './spec.ts';

/** A model wired up and ready to start. */
export interface BuiltModel {
  readonly kernel: Kernel;
  readonly loadBalancers: readonly { readonly index: number; readonly node: LoadBalancerNode }[];
  readonly clients: readonly { readonly index: number; readonly node: ClientNode }[];
}

/**
 * Wire a model: one statistics record and one behaviour per node, a latency
 * sampler per edge. Random streams are named by node id and purpose, so a node's
 * draws do not depend on which other nodes exist.
 */
export function buildModel(spec: ModelSpec): BuiltModel {
  const stats = spec.nodes.map(() => new NodeStats());
  const edges: EdgeRuntime[] = spec.edges.map((e) => {
    const name = `edge:${nodeId(spec, e.from)}->${nodeId(spec, e.to)}/latency`;
    const latency =
      e.latencyMs === null ? null : createSampler(e.latencyMs, createRandomStream(spec.seed, name));
    return { from: e.from, to: e.to, latency };
  });
  const outgoing: number[][] = spec.nodes.map(() => []);
  spec.edges.forEach((e, i) => outgoing[e.from]?.push(i));
  const kernel = new Kernel(stats, edges, spec.traceSamplePerWindow);
  const loadBalancers: { index: number; node: LoadBalancerNode }[] = [];
  const clients: { index: number; node: ClientNode }[] = [];
  // Measurement starts at the first window boundary at or after warm-up.
  const countFrom = Math.ceil(spec.warmupMs / spec.windowMs) * spec.windowMs;
  kernel.behaviors = spec.nodes.map((node, index): NodeBehavior => {
    const out = outgoing[index] ?? [];
    const stream = (purpose: string) => createRandomStream(spec.seed, `node:${node.id}/${purpose}`);
    switch (node.kind) {
      case 'client': {
        const entry = requireEdge(node, out);
        const client = new ClientNode(
          kernel,
          index,
          node,
          entry,
          stream('arrival'),
          stream('workload'),
          countFrom,
        );
        clients.push({ index, node: client });
        return client;
      }
      case 'load-balancer': {
        requireEdge(node, out);
        const lb = new LoadBalancerNode(kernel, index, node, out, stream('choice'));
        loadBalancers.push({ index, node: lb });
        return lb;
      }
      case 'service':
        return new ServiceNode(
          kernel,
          index,
          node,
          createSampler(node.serviceTimeMs, stream('service')),
        );
    }
  });
  return { kernel, loadBalancers, clients };
}

function nodeId(spec: ModelSpec, index: number): string {
  const node = spec.nodes[index];
  if (node === undefined) throw new Error(`edge refers to missing node #${index}`);
  return node.id;
}

function requireEdge(node: NodeSpec, out: readonly number[]): number {
  const first = out[0];
  if (first === undefined) throw new Error(`${node.kind} "${node.id}" has no outgoing edge`);
  return first;
}
