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
 * kind stays monomorphic. Each case reads the method from its own variable: V8
 * shares one property-load feedback slot among loads of the same name from the
 * same variable, so `(b as X).onCall` in every case would make that one load
 * megamorphic (a stub-cache lookup per event) even though each call is not.
 * Purely a speed measure: the same methods are called.
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
    case 1: {
      const balancer = b as LoadBalancerNode;
      return balancer.onCall(call);
    }
    case 2: {
      const service = b as ServiceNode;
      return service.onCall(call);
    }
    case 3: {
      const cache = b as CacheNode;
      return cache.onCall(call);
    }
    case 4: {
      const router = b as ShardRouterNode;
      return router.onCall(call);
    }
    case 5: {
      const database = b as DatabaseNode;
      return database.onCall(call);
    }
    case 6: {
      const queue = b as QueueNode;
      return queue.onCall(call);
    }
    default:
      return b.onCall(call);
  }
}

export function dispatchAnswer(kind: number, b: NodeBehavior, call: number): void {
  switch (kind) {
    case 0: {
      const client = b as ClientNode;
      return client.onAnswer(call);
    }
    case 1: {
      const balancer = b as LoadBalancerNode;
      return balancer.onAnswer(call);
    }
    case 2: {
      const service = b as ServiceNode;
      return service.onAnswer(call);
    }
    case 3: {
      const cache = b as CacheNode;
      return cache.onAnswer(call);
    }
    case 4: {
      const router = b as ShardRouterNode;
      return router.onAnswer(call);
    }
    case 6: {
      const queue = b as QueueNode;
      return queue.onAnswer(call);
    }
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
    case 0: {
      const client = b as ClientNode;
      return client.onTimer(timer, arg, tag);
    }
    case 1: {
      const balancer = b as LoadBalancerNode;
      return balancer.onTimer(timer, arg, tag);
    }
    case 2: {
      const service = b as ServiceNode;
      return service.onTimer(timer, arg, tag);
    }
    case 3: {
      const cache = b as CacheNode;
      return cache.onTimer(timer, arg, tag);
    }
    case 5: {
      const database = b as DatabaseNode;
      return database.onTimer(timer, arg, tag);
    }
    case 6: {
      const queue = b as QueueNode;
      return queue.onTimer(timer, arg, tag);
    }
    default:
      return b.onTimer(timer, arg, tag);
  }
}
