/** Small model builders shared by the engine's tests (not used by the app). */
import type { DistSpec, LoadBalancerStrategy, ModelSpec, NodeSpec } from './spec.ts';

const WORKLOAD = { readRatio: 1, keyCount: 1 } as const;

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
  return {
    seed: opts.seed ?? 1,
    durationMs: opts.durationMs,
    warmupMs: opts.warmupMs ?? 20_000,
    windowMs: 1000,
    traceSamplePerWindow: 0,
    nodes: [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'poisson', ratePerSec: opts.ratePerSec },
        workload: WORKLOAD,
      },
      {
        kind: 'service',
        id: 'svc',
        workers: opts.workers,
        queueCapacity: opts.queueCapacity ?? Infinity,
        serviceTimeMs: opts.serviceTimeMs,
      },
    ],
    edges: [{ from: 0, to: 1, latencyMs: null }],
  };
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
    workload: { readRatio: 0.8, keyCount: 1000 },
  };
  const services: NodeSpec[] = Array.from({ length: opts.services }, (_, i) => ({
    kind: 'service',
    id: `svc-${i}`,
    workers: opts.workers ?? 1,
    queueCapacity: opts.queueCapacity ?? Infinity,
    serviceTimeMs: opts.serviceTimeMs,
  }));
  const latency = opts.latencyMs ?? null;
  return {
    seed: opts.seed ?? 1,
    durationMs: opts.durationMs,
    warmupMs: opts.warmupMs ?? 0,
    windowMs: 1000,
    traceSamplePerWindow: opts.traceSamplePerWindow ?? 0,
    nodes: [client, { kind: 'load-balancer', id: 'lb', strategy: opts.strategy }, ...services],
    edges: [
      { from: 0, to: 1, latencyMs: latency },
      ...services.map((_, i) => ({ from: 1, to: i + 2, latencyMs: latency })),
    ],
  };
}
