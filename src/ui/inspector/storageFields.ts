/** The inspector's fields of caches, databases and queues. */
import { SCENARIO_DEFAULTS } from '../../state/scenarioAccess.ts';
import { EVICTION_EXPLANATIONS, WRITE_POLICY_EXPLANATIONS } from './explanations.ts';
import { byDefault, optionsOf, present, when } from './fieldHelpers.ts';
import type { FieldGroup } from './fieldTypes.ts';

const CACHE = SCENARIO_DEFAULTS.cache;
const WB = SCENARIO_DEFAULTS.writeBehind;
const DB = SCENARIO_DEFAULTS.database;
const Q = SCENARIO_DEFAULTS.queue;

const writeBehind = when(['writePolicy'], ['write-behind'], CACHE.writePolicy);

/** Cache fields, grouped. */
export const CACHE_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Cache',
    fields: [
      {
        type: 'number',
        path: ['capacity'],
        label: 'Capacity (entries)',
        min: 1,
        max: 2 ** 28,
        step: 100,
      },
      {
        type: 'select',
        path: ['eviction'],
        label: 'Eviction',
        options: optionsOf(EVICTION_EXPLANATIONS),
        defaultValue: CACHE.eviction,
        explanations: EVICTION_EXPLANATIONS,
      },
      {
        type: 'number',
        path: ['ttlMs'],
        label: 'TTL (ms)',
        min: 1,
        step: 1000,
        optional: 'never expire',
      },
      { type: 'dist', path: ['hitTimeMs'], label: 'Hit time (ms)', optional: 'constant 0.5 ms' },
      {
        type: 'boolean',
        path: ['warm'],
        label: 'Start warm (hottest keys loaded)',
        defaultValue: CACHE.warm,
      },
    ],
  },
  {
    title: 'Writes',
    fields: [
      {
        type: 'select',
        path: ['writePolicy'],
        label: 'Write policy',
        options: optionsOf(WRITE_POLICY_EXPLANATIONS),
        defaultValue: CACHE.writePolicy,
        explanations: WRITE_POLICY_EXPLANATIONS,
      },
      {
        type: 'number',
        path: ['writeBehind', 'queueCapacity'],
        label: 'Write queue capacity (writes)',
        min: 1,
        step: 100,
        optional: byDefault(WB.queueCapacity),
        visible: writeBehind,
      },
      {
        type: 'number',
        path: ['writeBehind', 'flushIntervalMs'],
        label: 'Flush interval (ms)',
        min: 1,
        step: 10,
        optional: byDefault(WB.flushIntervalMs),
        visible: writeBehind,
      },
      {
        type: 'number',
        path: ['writeBehind', 'batchSize'],
        label: 'Writes per flush',
        min: 1,
        step: 10,
        optional: byDefault(WB.batchSize),
        visible: writeBehind,
      },
      {
        type: 'number',
        path: ['writeBehind', 'maxRetries'],
        label: 'Flush retries',
        min: 0,
        max: 100,
        step: 1,
        optional: byDefault(WB.maxRetries),
        visible: writeBehind,
      },
    ],
  },
];

/** Database fields, grouped. */
export const DATABASE_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Database',
    fields: [
      {
        type: 'number',
        path: ['workers'],
        label: 'Workers',
        min: 1,
        max: 10_000,
        step: 1,
        optional: byDefault(DB.workers),
      },
      {
        type: 'number',
        path: ['queueCapacity'],
        label: 'Queue capacity (requests)',
        min: 0,
        step: 10,
        optional: 'unbounded',
      },
      { type: 'dist', path: ['readTimeMs'], label: 'Read time (ms)' },
      {
        type: 'dist',
        path: ['writeTimeMs'],
        label: 'Write time (ms)',
        optional: 'same as read time',
      },
    ],
  },
  {
    title: 'Replicas',
    fields: [
      {
        type: 'number',
        path: ['replicas'],
        label: 'Read replicas',
        min: 0,
        max: 16,
        step: 1,
        optional: byDefault(DB.replicas),
      },
      {
        type: 'dist',
        path: ['replicationLagMs'],
        label: 'Replication lag (ms)',
        optional: 'constant 0 ms',
        visible: present(['replicas']),
      },
    ],
  },
];

/** Queue fields, grouped. */
export const QUEUE_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Broker',
    fields: [
      {
        type: 'number',
        path: ['partitions'],
        label: 'Partitions',
        min: 1,
        max: 1024,
        step: 1,
        optional: byDefault(Q.partitions),
      },
      {
        type: 'dist',
        path: ['appendTimeMs'],
        label: 'Append time per batch (ms)',
        optional: 'constant 1 ms',
      },
    ],
  },
  {
    title: 'Producer batching',
    fields: [
      {
        type: 'number',
        path: ['lingerMs'],
        label: 'Linger (ms)',
        min: 0,
        step: 1,
        optional: byDefault(Q.lingerMs),
      },
      {
        type: 'number',
        path: ['batchSize'],
        label: 'Batch size (messages)',
        min: 1,
        step: 10,
        optional: byDefault(Q.batchSize),
      },
    ],
  },
  {
    title: 'Consumer failures',
    fields: [
      {
        type: 'number',
        path: ['maxRetries'],
        label: 'Retries before dead letter',
        min: 0,
        max: 100,
        step: 1,
        optional: byDefault(Q.maxRetries),
      },
      {
        type: 'number',
        path: ['retryDelayMs'],
        label: 'Retry delay (ms)',
        min: 0,
        step: 10,
        optional: byDefault(Q.retryDelayMs),
      },
    ],
  },
];
