/** Compilation of each node kind to its engine spec, every default applied (see `defaults.ts`). */
import type {
  ArrivalSpec,
  HealthCheckSpec,
  KeyDistSpec,
  NodeSpec,
  WorkloadSpec,
} from '../engine/index.ts';
import { compileAutoscaling } from './compileControl.ts';
import { compileDist } from './compileDist.ts';
import { SCENARIO_DEFAULTS as D, getQueueCapacity, getWorkload } from './defaults.ts';
import type {
  Arrival,
  CacheNode,
  DatabaseNode,
  HealthCheck,
  LoadBalancerNode,
  QueueNode,
  ScenarioNode,
  ServiceNode,
  Workload,
} from './types.ts';

/** One node as the engine wants it. */
export function compileNode(node: ScenarioNode): NodeSpec {
  const { id } = node;
  switch (node.kind) {
    case 'client':
      return {
        kind: 'client',
        id,
        arrival: compileArrival(node.arrival),
        workload: compileWorkload(getWorkload(node)),
      };
    case 'load-balancer':
      return compileLoadBalancer(node);
    case 'service':
      return compileService(node);
    case 'cache':
      return compileCache(node);
    case 'shard-router':
      return {
        kind: 'shard-router',
        id,
        strategy: node.strategy,
        virtualNodes: node.virtualNodes ?? D.shardRouter.virtualNodes,
        rangeBoundaries: node.rangeBoundaries?.slice() ?? D.shardRouter.rangeBoundaries,
      };
    case 'database':
      return compileDatabase(node);
    case 'queue':
      return compileQueue(node);
  }
}

function compileArrival(a: Arrival): ArrivalSpec {
  switch (a.type) {
    case 'poisson':
    case 'constant':
      return { type: a.type, ratePerSec: a.ratePerSec };
    case 'steps':
      return {
        type: 'steps',
        steps: a.steps.map(({ atMs, ratePerSec }) => ({ atMs, ratePerSec })),
      };
    case 'ramp':
      return {
        type: 'ramp',
        fromPerSec: a.fromPerSec,
        toPerSec: a.toPerSec,
        startMs: a.startMs ?? D.rampStartMs,
        durationMs: a.durationMs,
      };
    case 'spike':
      return {
        type: 'spike',
        ratePerSec: a.ratePerSec,
        spikeRatePerSec: a.spikeRatePerSec,
        atMs: a.atMs,
        durationMs: a.durationMs,
      };
    case 'users':
      return { type: 'users', users: a.users, thinkTimeMs: compileDist(a.thinkTimeMs) };
  }
}

function compileWorkload(w: Workload): WorkloadSpec {
  return {
    readRatio: w.readRatio,
    keyCount: w.keys.count,
    keys: compileKeys(w.keys),
    batchSize: w.batchSize ?? D.batchSize,
    crossShardRatio: w.crossShardRatio ?? D.crossShardRatio,
  };
}

/** With a single key every distribution draws key 0: `hot-key` over one key is `uniform`. */
function compileKeys(keys: Workload['keys']): KeyDistSpec {
  switch (keys.distribution) {
    case 'uniform':
      return { type: 'uniform' };
    case 'zipf':
      return { type: 'zipf', exponent: keys.exponent ?? D.zipfExponent };
    case 'hot-key':
      if (keys.count < 2) return { type: 'uniform' };
      return {
        type: 'hot-key',
        hotKeys: keys.hotKeys ?? D.hotKeys,
        hotShare: keys.hotShare ?? D.hotShare,
      };
  }
}

function compileLoadBalancer(node: LoadBalancerNode): NodeSpec {
  const lb = D.loadBalancer;
  return {
    kind: 'load-balancer',
    id: node.id,
    strategy: node.strategy,
    virtualNodes: node.virtualNodes ?? lb.virtualNodes,
    maglevTableSize: node.maglevTableSize ?? lb.maglevTableSize,
    ewmaDecayMs: node.ewmaDecayMs ?? lb.ewmaDecayMs,
    healthCheck: node.healthCheck === undefined ? null : compileHealthCheck(node.healthCheck),
    maxConnectionsPerTarget: node.maxConnectionsPerTarget ?? lb.maxConnectionsPerTarget,
    maxPending: node.maxPending ?? lb.maxPending,
    ...(node.outlierDetection === undefined
      ? {}
      : {
          outlierDetection: {
            consecutiveErrors:
              node.outlierDetection.consecutiveErrors ?? D.outlierDetection.consecutiveErrors,
            intervalMs: D.outlierDetection.intervalMs,
            baseEjectionTimeMs:
              node.outlierDetection.baseEjectionTimeMs ?? D.outlierDetection.baseEjectionTimeMs,
            maxEjectionTimeMs:
              node.outlierDetection.maxEjectionTimeMs ?? D.outlierDetection.maxEjectionTimeMs,
            maxEjectionPercent:
              node.outlierDetection.maxEjectionPercent ?? D.outlierDetection.maxEjectionPercent,
          },
        }),
  };
}

function compileHealthCheck(h: HealthCheck): HealthCheckSpec {
  return {
    intervalMs: h.intervalMs ?? D.healthCheck.intervalMs,
    timeoutMs: h.timeoutMs ?? D.healthCheck.timeoutMs,
    unhealthyThreshold: h.unhealthyThreshold ?? D.healthCheck.unhealthyThreshold,
    healthyThreshold: h.healthyThreshold ?? D.healthCheck.healthyThreshold,
  };
}

function compileService(node: ServiceNode): NodeSpec {
  const autoscaling = compileAutoscaling(node);
  return {
    kind: 'service',
    id: node.id,
    workers: node.workers,
    queueCapacity: getQueueCapacity(node),
    serviceTimeMs: compileDist(node.serviceTimeMs),
    instances: node.instances ?? D.service.instances,
    weight: node.weight ?? D.service.weight,
    errorRate: node.errorRate ?? D.service.errorRate,
    callMode: node.callMode ?? D.service.callMode,
    holdWorkerDuringCalls: node.holdWorkerDuringCalls ?? D.service.holdWorkerDuringCalls,
    ...(autoscaling === undefined ? {} : { autoscaling }),
  };
}

function compileCache(node: CacheNode): NodeSpec {
  const wb = node.writeBehind;
  return {
    kind: 'cache',
    id: node.id,
    capacity: node.capacity,
    eviction: node.eviction ?? D.cache.eviction,
    ttlMs: node.ttlMs ?? D.cache.ttlMs,
    hitTimeMs:
      node.hitTimeMs === undefined ? { ...D.cache.hitTimeMs } : compileDist(node.hitTimeMs),
    writePolicy: node.writePolicy ?? D.cache.writePolicy,
    writeBehind: {
      queueCapacity: wb?.queueCapacity ?? D.writeBehind.queueCapacity,
      flushIntervalMs: wb?.flushIntervalMs ?? D.writeBehind.flushIntervalMs,
      batchSize: wb?.batchSize ?? D.writeBehind.batchSize,
      maxRetries: wb?.maxRetries ?? D.writeBehind.maxRetries,
    },
    warm: node.warm ?? D.cache.warm,
  };
}

function compileDatabase(node: DatabaseNode): NodeSpec {
  const readTimeMs = compileDist(node.readTimeMs);
  const lag = node.replicationLagMs;
  return {
    kind: 'database',
    id: node.id,
    workers: node.workers ?? D.database.workers,
    queueCapacity: node.queueCapacity ?? D.database.queueCapacity,
    readTimeMs,
    writeTimeMs: node.writeTimeMs === undefined ? readTimeMs : compileDist(node.writeTimeMs),
    replicas: node.replicas ?? D.database.replicas,
    replicationLagMs: lag === undefined ? { ...D.database.replicationLagMs } : compileDist(lag),
  };
}

function compileQueue(node: QueueNode): NodeSpec {
  const q = D.queue;
  return {
    kind: 'queue',
    id: node.id,
    partitions: node.partitions ?? q.partitions,
    lingerMs: node.lingerMs ?? q.lingerMs,
    batchSize: node.batchSize ?? q.batchSize,
    appendTimeMs:
      node.appendTimeMs === undefined ? { ...q.appendTimeMs } : compileDist(node.appendTimeMs),
    maxRetries: node.maxRetries ?? q.maxRetries,
    retryDelayMs: node.retryDelayMs ?? q.retryDelayMs,
  };
}
