/**
 * What a node added from the palette starts with: every required field of its
 * kind, plus the strategy or policy fields a person will want to see and change
 * (written out so the inspector shows them), with values that are sensible on
 * their own: a service at 10 ms per request, a cache of 1000 entries, a
 * consistent-hash shard router with the guide's 150 virtual nodes. Other
 * optional fields are left out so their documented defaults apply.
 */
import type { NodeBody, ScenarioNode, ScenarioNodeKind } from './scenarioAccess.ts';

/** Every kind the palette offers, in the order it shows them. */
export const PALETTE_KINDS = [
  'client',
  'load-balancer',
  'service',
  'cache',
  'shard-router',
  'database',
  'queue',
] as const satisfies readonly ScenarioNodeKind[];

/** Kinds of the format the palette lacks; `never` (checked below) means it offers them all. */
export type MissingPaletteKind = Exclude<ScenarioNodeKind, (typeof PALETTE_KINDS)[number]>;
const paletteCoversEveryKind: [MissingPaletteKind] extends [never] ? true : false = true;
void paletteCoversEveryKind;

/** Person-facing name of each kind. */
export const KIND_NAMES: Readonly<Record<ScenarioNodeKind, string>> = {
  client: 'Client',
  'load-balancer': 'Load balancer',
  service: 'Service',
  cache: 'Cache',
  'shard-router': 'Shard router',
  database: 'Database',
  queue: 'Queue',
};

/** Stem of generated ids: `api-1`, `cache-2` … */
export const ID_STEMS: Readonly<Record<ScenarioNodeKind, string>> = {
  client: 'users',
  'load-balancer': 'lb',
  service: 'api',
  cache: 'cache',
  'shard-router': 'router',
  database: 'db',
  queue: 'queue',
};

const exp = (mean: number) => ({ type: 'exponential', mean }) as const;

/** The fields (besides id and position) a new node of each kind starts with. */
export const NODE_DEFAULTS: { readonly [K in ScenarioNodeKind]: NodeBody<K> } = {
  client: { kind: 'client', arrival: { type: 'poisson', ratePerSec: 100 } },
  'load-balancer': { kind: 'load-balancer', strategy: 'round-robin' },
  service: { kind: 'service', workers: 4, queueCapacity: 100, serviceTimeMs: exp(10) },
  cache: { kind: 'cache', capacity: 1000, eviction: 'lru', writePolicy: 'cache-aside' },
  'shard-router': { kind: 'shard-router', strategy: 'consistent-hash', virtualNodes: 150 },
  database: { kind: 'database', workers: 8, readTimeMs: exp(5), writeTimeMs: exp(10) },
  queue: { kind: 'queue', partitions: 8 },
};

/** A new node of `kind` named `id`. */
export function createNodeDraft(kind: ScenarioNodeKind, id: string): ScenarioNode {
  return { id, ...NODE_DEFAULTS[kind] };
}
