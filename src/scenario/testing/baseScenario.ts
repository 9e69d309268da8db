/** A small valid scenario document as plain JSON, for tests to break one field at a time. */
export function baseDoc(): Record<string, unknown> {
  return {
    version: 1,
    name: 'base',
    seed: 1,
    durationMs: 10_000,
    warmupMs: 1000,
    nodes: [
      { id: 'users', kind: 'client', arrival: { type: 'poisson', ratePerSec: 100 } },
      { id: 'lb', kind: 'load-balancer', strategy: 'round-robin' },
      { id: 'a', kind: 'service', workers: 2, serviceTimeMs: { type: 'exponential', mean: 4 } },
      { id: 'b', kind: 'service', workers: 2, serviceTimeMs: { type: 'constant', value: 4 } },
    ],
    edges: [
      { from: 'users', to: 'lb' },
      { from: 'lb', to: 'a' },
      { from: 'lb', to: 'b' },
    ],
  };
}
