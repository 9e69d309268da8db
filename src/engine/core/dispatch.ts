import type { NodeBehavior } from '../nodes/behavior.ts';
import type { CacheNode } from '../nodes/cache.ts';
import type { ClientNode } from '../nodes/client.ts';
import type { DatabaseNode } from '../nodes/database.ts';
import type { LoadBalancerNode } from '../nodes/loadBalancer.ts';
import type { QueueNode } from '../nodes/messageQueue.ts';
import type { ServiceNode } from '../nodes/service.ts';
import type { ShardRouterNode } from '../nodes/shardRouter.ts';
import type { NodeKind } from '../spec.ts';

/**
 * Calls into node behaviours, switched on the node's kind. A single
 * `behavior.onCall()` call site sees every node class of a topology and goes
 * megamorphic (slow) in V8 once there are more than four; one call site per
 * kind stays monomorphic. Purely a speed measure: the same methods are called.
 */
export const KIND_CODE: { readonly [K in NodeKind]: number } = {
  client: 0,
  'load-balancer': 1,
  service: 2,
  cache: 3,
  'shard-router': 4,
  database: 5,
  queue: 6,
};

export function dispatchCall(kind: number, b: NodeBehavior, call: number): void {
  switch (kind) {
    case 1:
      return (b as LoadBalancerNode).onCall(call);
    case 2:
      return (b as ServiceNode).onCall(call);
    case 3:
      return (b as CacheNode).onCall(call);
    case 4:
      return (b as ShardRouterNode).onCall(call);
    case 5:
      return (b as DatabaseNode).onCall(call);
    case 6:
      return (b as QueueNode).onCall(call);
    default:
      return b.onCall(call);
  }
}

export function dispatchAnswer(kind: number, b: NodeBehavior, call: number): void {
  switch (kind) {
    case 0:
      return (b as ClientNode).onAnswer(call);
    case 1:
      return (b as LoadBalancerNode).onAnswer(call);
    case 2:
      return (b as ServiceNode).onAnswer(call);
    case 3:
      return (b as CacheNode).onAnswer(call);
    case 4:
      return (b as ShardRouterNode).onAnswer(call);
    case 6:
      return (b as QueueNode).onAnswer(call);
    default:
      return b.onAnswer(call);
  }
}

export function dispatchTimer(
  kind: number,
  b: NodeBehavior,
  timer: number,
  arg: number,
  tag: number,
): void {
  switch (kind) {
    case 0:
      return (b as ClientNode).onTimer(timer, arg, tag);
    case 1:
      return (b as LoadBalancerNode).onTimer(timer, arg, tag);
    case 2:
      return (b as ServiceNode).onTimer(timer, arg, tag);
    case 3:
      return (b as CacheNode).onTimer(timer, arg, tag);
    case 5:
      return (b as DatabaseNode).onTimer(timer, arg, tag);
    case 6:
      return (b as QueueNode).onTimer(timer, arg, tag);
    default:
      return b.onTimer(timer, arg, tag);
  }
}
