import { KIND_CODE } from './core/dispatch.ts';
import { EdgePolicy } from './core/edgePolicy.ts';
import { Kernel, type EdgeRuntime } from './core/kernel.ts';
import type { NodeBehavior } from './nodes/behavior.ts';
import { CacheNode } from './nodes/cache.ts';
import { ClientNode } from './nodes/client.ts';
import { DatabaseNode } from './nodes/database.ts';
import { LoadBalancerNode } from './nodes/loadBalancer.ts';
import { QueueNode } from './nodes/messageQueue.ts';
import { ServiceNode } from './nodes/service.ts';
import { ShardRouterNode } from './nodes/shardRouter.ts';
import { createSampler, fixedValue } from './random/distributions.ts';
import { createRandomStream, type RandomStream } from './random/rng.ts';
import type { ModelSpec, NodeSpec } from './spec.ts';

/** A model wired up and ready to start. */
export interface BuiltModel {
  readonly kernel: Kernel;
  readonly clients: readonly { readonly index: number; readonly node: ClientNode }[];
  /** Load balancers and shard routers, whose summaries list per-target shares. */
  readonly routers: readonly {
    readonly index: number;
    readonly edges: readonly number[];
    readonly keyShares: Float64Array | null;
  }[];
  /** Every named random stream, so a live edit's new sampler continues the same stream. */
  readonly streams: ReadonlyMap<string, RandomStream>;
}

/**
 * Wire a model: one statistics record and one behaviour per node, a latency
 * sampler per edge. Random streams are named by node id and purpose, so a node's
 * draws do not depend on which other nodes exist.
 */
export function buildModel(spec: ModelSpec): BuiltModel {
  const streams = new Map<string, RandomStream>();
  const named = (name: string): RandomStream => {
    const s = createRandomStream(spec.seed, name);
    streams.set(name, s);
    return s;
  };
  const edges: EdgeRuntime[] = spec.edges.map((e) => {
    const name = `edge:${nodeId(spec, e.from)}->${nodeId(spec, e.to)}/latency`;
    const latency = e.latencyMs === null ? null : createSampler(e.latencyMs, named(name));
    return { from: e.from, to: e.to, latency, fixedMs: fixedValue(e.latencyMs), when: e.when };
  });
  const outgoing: number[][] = spec.nodes.map(() => []);
  spec.edges.forEach((e, i) => outgoing[e.from]?.push(i));
  const kernel = new Kernel(spec.nodes.length, edges, spec.traceSamplePerWindow, spec.windowMs);
  const clients: { index: number; node: ClientNode }[] = [];
  const routers: { index: number; edges: readonly number[]; keyShares: Float64Array | null }[] = [];
  // Measurement starts at the first window boundary at or after warm-up.
  const countFrom = Math.ceil(spec.warmupMs / spec.windowMs) * spec.windowMs;
  // Keys matter to key-hashing balancers, caches, shard routers, queues and
  // stale-copy fallbacks only.
  const keysUsed =
    spec.nodes.some(
      (n) =>
        n.kind === 'cache' ||
        n.kind === 'shard-router' ||
        n.kind === 'queue' ||
        (n.kind === 'load-balancer' &&
          (n.strategy === 'key-hash' ||
            n.strategy === 'consistent-hash' ||
            n.strategy === 'maglev')),
    ) || spec.edges.some((e) => e.policy?.fallback?.type === 'stale');
  const keyCount = Math.max(
    1,
    ...spec.nodes.map((n) => (n.kind === 'client' ? n.workload.keyCount : 1)),
  );
  kernel.kinds = Uint8Array.from(spec.nodes, (n) => KIND_CODE[n.kind]);
  kernel.policies = spec.edges.map((e, i) =>
    e.policy === undefined
      ? null
      : new EdgePolicy(
          kernel,
          i,
          e.policy,
          createRandomStream(
            spec.seed,
            `edge:${nodeId(spec, e.from)}->${nodeId(spec, e.to)}/retry`,
          ),
        ),
  );
  kernel.behaviors = spec.nodes.map((node, index): NodeBehavior => {
    const out = outgoing[index] ?? [];
    const stream = (purpose: string) => named(`node:${node.id}/${purpose}`);
    const targetIds = out.map((e) => nodeId(spec, spec.edges[e]!.to));
    switch (node.kind) {
      case 'client': {
        const streams = {
          arrival: stream('arrival'),
          workload: stream('workload'),
          keys: stream('keys'),
        };
        const client = new ClientNode(
          kernel,
          index,
          node,
          requireEdge(node, out),
          streams,
          countFrom,
          spec.durationMs,
          keysUsed,
        );
        clients.push({ index, node: client });
        return client;
      }
      case 'load-balancer': {
        requireEdge(node, out);
        const weights = out.map((e) => {
          const target = spec.nodes[spec.edges[e]!.to];
          return target?.kind === 'service' ? target.weight : 1;
        });
        const latencies = out.map((e) => spec.edges[e]!.latencyMs);
        routers.push({ index, edges: out, keyShares: null });
        return new LoadBalancerNode(
          kernel,
          index,
          node,
          out,
          { names: targetIds, weights, latencies },
          {
            choice: stream('choice'),
            health: stream('health'),
          },
        );
      }
      case 'service':
        return new ServiceNode(
          kernel,
          index,
          node,
          createSampler(node.serviceTimeMs, stream('service')),
          stream('instances'),
          out,
        );
      case 'cache': {
        const cache = new CacheNode(
          kernel,
          index,
          node,
          requireEdge(node, out),
          createSampler(node.hitTimeMs, stream('hit')),
          stream('eviction'),
        );
        kernel.writeListeners.push(cache);
        return cache;
      }
      case 'shard-router': {
        requireEdge(node, out);
        const router = new ShardRouterNode(kernel, node, out, targetIds, keyCount);
        routers.push({ index, edges: out, keyShares: router.keyShares });
        return router;
      }
      case 'database':
        return new DatabaseNode(kernel, index, node, {
          service: stream('service'),
          lag: stream('replication'),
          errors: stream('errors'),
        });
      case 'queue':
        return new QueueNode(
          kernel,
          index,
          node,
          requireEdge(node, out),
          createSampler(node.appendTimeMs, stream('append')),
        );
    }
  });
  return { kernel, clients, routers, streams };
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
