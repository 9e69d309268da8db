/** Small model builders shared by the engine's tests (not used by the app). */
import type {
  DistSpec,
  EdgeSpec,
  LoadBalancerSpec,
  LoadBalancerStrategy,
  ModelSpec,
  NodeSpec,
  ServiceSpec,
  WorkloadSpec,
} from './spec.ts';

export const WORKLOAD: WorkloadSpec = {
  readRatio: 1,
  keyCount: 1,
  keys: { type: 'uniform' },
  batchSize: 1,
  crossShardRatio: 0,
};

/** A service with every field at its default but those given. */
export function service(
  id: string,
  fields: Partial<ServiceSpec> & Pick<ServiceSpec, 'serviceTimeMs'>,
): ServiceSpec {
  return {
    kind: 'service',
    id,
    workers: 1,
    queueCapacity: Infinity,
    instances: 1,
    weight: 1,
    errorRate: 0,
    callMode: 'sequential',
    holdWorkerDuringCalls: true,
    ...fields,
  };
}

/** A load balancer with every field at its default but those given. */
export function loadBalancer(
  id: string,
  strategy: LoadBalancerStrategy,
  fields: Partial<LoadBalancerSpec> = {},
): LoadBalancerSpec {
  return {
    kind: 'load-balancer',
    id,
    strategy,
    virtualNodes: 150,
    maglevTableSize: 65537,
    ewmaDecayMs: 10_000,
    healthCheck: null,
    maxConnectionsPerTarget: Infinity,
    maxPending: 0,
    ...fields,
  };
}

export function edge(
  from: number,
  to: number,
  latencyMs: DistSpec | null = null,
  when: EdgeSpec['when'] = 'always',
): EdgeSpec {
  return { from, to, latencyMs, when };
}

/** A model from nodes and edges, with the usual run settings. */
export function model(
  nodes: readonly NodeSpec[],
  edges: readonly EdgeSpec[],
  opts: Partial<ModelSpec> = {},
): ModelSpec {
  return {
    seed: 1,
    durationMs: 60_000,
    warmupMs: 0,
    windowMs: 1000,
    traceSamplePerWindow: 0,
    faults: [],
    nodes,
    edges,
    ...opts,
  };
}

/** Poisson client → one service with `workers` (an M/G/c station). */
export function stationSpec(opts: {
  ratePerSec: number;
  workers: number;
  serviceTimeMs: DistSpec;
  durationMs: number;
  warmupMs?: number;
  seed?: number;
  queueCapacity?: number;
}): ModelSpec {
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'poisson', ratePerSec: opts.ratePerSec },
        workload: WORKLOAD,
      },
      service('svc', {
        workers: opts.workers,
        queueCapacity: opts.queueCapacity ?? Infinity,
        serviceTimeMs: opts.serviceTimeMs,
      }),
    ],
    [edge(0, 1)],
    { seed: opts.seed ?? 1, durationMs: opts.durationMs, warmupMs: opts.warmupMs ?? 20_000 },
  );
}

/** Client → load balancer → `services` identical services. */
export function poolSpec(opts: {
  strategy: LoadBalancerStrategy;
  services: number;
  ratePerSec: number;
  workers?: number;
  serviceTimeMs: DistSpec;
  durationMs: number;
  warmupMs?: number;
  seed?: number;
  queueCapacity?: number;
  latencyMs?: DistSpec | null;
  closedLoopUsers?: number;
  traceSamplePerWindow?: number;
}): ModelSpec {
  const client: NodeSpec = {
    kind: 'client',
    id: 'users',
    arrival:
      opts.closedLoopUsers !== undefined
        ? {
            type: 'users',
            users: opts.closedLoopUsers,
            thinkTimeMs: { type: 'exponential', mean: 100 },
          }
        : { type: 'poisson', ratePerSec: opts.ratePerSec },
    workload: { ...WORKLOAD, readRatio: 0.8, keyCount: 1000 },
  };
  const services = Array.from({ length: opts.services }, (_, i) =>
    service(`svc-${i}`, {
      workers: opts.workers ?? 1,
      queueCapacity: opts.queueCapacity ?? Infinity,
      serviceTimeMs: opts.serviceTimeMs,
    }),
  );
  const latency = opts.latencyMs ?? null;
  return model(
    [client, loadBalancer('lb', opts.strategy), ...services],
    [edge(0, 1, latency), ...services.map((_, i) => edge(1, i + 2, latency))],
    {
      seed: opts.seed ?? 1,
      durationMs: opts.durationMs,
      warmupMs: opts.warmupMs ?? 0,
      traceSamplePerWindow: opts.traceSamplePerWindow ?? 0,
    },
  );
}
