/**
 * The UI benchmark's topology: 50 nodes — 2 clients, each into its own load
 * balancer, each balancer over 23 services — at about 40 % utilization, so
 * every node and edge has live traffic and dots.
 */
import type { Scenario } from '../src/scenario/index.ts';

const services = (lb: number) =>
  Array.from({ length: 23 }, (_, i) => ({
    id: `api-${lb}-${i + 1}`,
    kind: 'service' as const,
    workers: 4,
    queueCapacity: 100,
    serviceTimeMs: { type: 'exponential' as const, mean: 10 },
  }));

const nodes = [0, 1].flatMap((lb) => [
  {
    id: `users-${lb}`,
    kind: 'client' as const,
    arrival: { type: 'poisson' as const, ratePerSec: 3600 },
  },
  { id: `lb-${lb}`, kind: 'load-balancer' as const, strategy: 'round-robin' as const },
  ...services(lb),
]);

const edges = [0, 1].flatMap((lb) => [
  { from: `users-${lb}`, to: `lb-${lb}`, latencyMs: { type: 'constant' as const, value: 1 } },
  ...services(lb).map((s) => ({
    from: `lb-${lb}`,
    to: s.id,
    latencyMs: { type: 'constant' as const, value: 1 },
  })),
]);

export const fiftyNodes: Scenario = {
  version: 1,
  name: 'UI benchmark: 50 nodes',
  seed: 7,
  durationMs: 3_600_000,
  nodes,
  edges,
};
