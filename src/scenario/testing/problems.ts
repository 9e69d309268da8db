/** Test helpers: validation problems as `path: message` lines, and documents to break. */
import { formatScenarioError, validateScenario } from '../validate.ts';

type Json = Record<string, unknown>;

/** Validate `doc` and return its problems as `path: message` lines ([] when valid). */
export function problems(doc: unknown): string[] {
  const result = validateScenario(doc);
  return result.ok ? [] : result.errors.map(formatScenarioError);
}

/**
 * A valid document with every node kind: users → lb → api → cache → router →
 * db-0 / db-1, and api → orders (queue) → worker.
 */
export function stackDoc(): Json {
  const time = { type: 'exponential', mean: 2 };
  return {
    version: 1,
    name: 'stack',
    seed: 1,
    durationMs: 10_000,
    nodes: [
      { id: 'users', kind: 'client', arrival: { type: 'poisson', ratePerSec: 100 } },
      { id: 'lb', kind: 'load-balancer', strategy: 'round-robin' },
      { id: 'api', kind: 'service', workers: 2, serviceTimeMs: time },
      { id: 'cache', kind: 'cache', capacity: 100 },
      { id: 'router', kind: 'shard-router', strategy: 'hash-mod' },
      { id: 'db-0', kind: 'database', readTimeMs: time },
      { id: 'db-1', kind: 'database', readTimeMs: time },
      { id: 'orders', kind: 'queue' },
      { id: 'worker', kind: 'service', workers: 1, serviceTimeMs: time },
    ],
    edges: [
      { from: 'users', to: 'lb' },
      { from: 'lb', to: 'api' },
      { from: 'api', to: 'cache' },
      { from: 'cache', to: 'router' },
      { from: 'router', to: 'db-0' },
      { from: 'router', to: 'db-1' },
      { from: 'api', to: 'orders' },
      { from: 'orders', to: 'worker' },
    ],
  };
}

/** Node ids of `stackDoc()`, in order. */
export const STACK_IDS = [
  'users',
  'lb',
  'api',
  'cache',
  'router',
  'db-0',
  'db-1',
  'orders',
  'worker',
];

/** `stackDoc()` with `patch` merged into the node with id `id`. */
export function stackWith(id: string, patch: Json): Json {
  const doc = stackDoc();
  doc.nodes = (doc.nodes as Json[]).map((n) => (n.id === id ? { ...n, ...patch } : n));
  return doc;
}

/** `stackDoc()` with `edges` appended. */
export function stackWithEdges(...edges: Json[]): Json {
  const doc = stackDoc();
  doc.edges = [...(doc.edges as Json[]), ...edges];
  return doc;
}
