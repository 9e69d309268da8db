/** Validation of the kinds that hold data: `cache`, `database` and `queue`. */
import {
  at,
  checkBoolean,
  checkOneOf,
  expectObj,
  onlyWhen,
  optionalField,
  optionalNumber,
  report,
  requireField,
  requireNumber,
  withOptional,
  type Collector,
  type Obj,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { EvictionPolicy, NodeBody, WriteBehind, WritePolicy } from './nodeTypes.ts';
import { validateDist } from './validateDist.ts';

const EVICTIONS: readonly EvictionPolicy[] = ['lru', 'lfu', 'fifo', 'random'];
const WRITE_POLICIES: readonly WritePolicy[] = ['cache-aside', 'write-through', 'write-behind'];
const UNBOUNDED = { integer: true, min: 0, max: Number.MAX_SAFE_INTEGER } as const;
const BUFFER = { integer: true, min: 1, max: LIMITS.maxBufferSize } as const;
const RETRIES = { integer: true, min: 0, max: LIMITS.maxRetries } as const;
const TIME = { min: 0, max: LIMITS.maxDurationMs } as const;
const PERIOD = { min: LIMITS.minPeriodMs, max: LIMITS.maxDurationMs } as const;

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (c: Collector, v: unknown, p: string): T | undefined =>
    checkOneOf(c, v, p, allowed);

/** A cache's fields after `kind`. Its backing store (one edge) is checked with the graph. */
export function validateCache(c: Collector, obj: Obj, path: string): NodeBody | undefined {
  const capacity = requireNumber(c, obj, 'capacity', path, {
    integer: true,
    min: 1,
    max: LIMITS.maxCacheCapacity,
  });
  const eviction = optionalField(c, obj, 'eviction', path, oneOf(EVICTIONS));
  const ttlMs = optionalNumber(c, obj, 'ttlMs', path, { above: 0, max: LIMITS.maxDurationMs });
  const hitTimeMs = optionalField(c, obj, 'hitTimeMs', path, validateDist);
  const writePolicy = optionalField(c, obj, 'writePolicy', path, oneOf(WRITE_POLICIES));
  const behind = writePolicy?.value === 'write-behind';
  const writeBehind =
    writePolicy !== undefined &&
    onlyWhen(c, obj, 'writeBehind', path, behind, 'writePolicy "write-behind"')
      ? optionalField(c, obj, 'writeBehind', path, validateWriteBehind)
      : undefined;
  const warm = optionalField(c, obj, 'warm', path, checkBoolean);
  if (capacity === undefined || eviction === undefined || ttlMs === undefined) return undefined;
  if (hitTimeMs === undefined || writePolicy === undefined || writeBehind === undefined) {
    return undefined;
  }
  if (warm === undefined) return undefined;
  return {
    kind: 'cache',
    capacity,
    ...withOptional('eviction', eviction.value),
    ...withOptional('ttlMs', ttlMs.value),
    ...withOptional('hitTimeMs', hitTimeMs.value),
    ...withOptional('writePolicy', writePolicy.value),
    ...withOptional('writeBehind', writeBehind.value),
    ...withOptional('warm', warm.value),
  } satisfies NodeBody;
}

function validateWriteBehind(c: Collector, value: unknown, path: string): WriteBehind | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const queueCapacity = optionalNumber(c, obj, 'queueCapacity', path, BUFFER);
  const flushIntervalMs = optionalNumber(c, obj, 'flushIntervalMs', path, PERIOD);
  const batchSize = optionalNumber(c, obj, 'batchSize', path, BUFFER);
  const maxRetries = optionalNumber(c, obj, 'maxRetries', path, RETRIES);
  if (queueCapacity === undefined || flushIntervalMs === undefined) return undefined;
  if (batchSize === undefined || maxRetries === undefined) return undefined;
  return {
    ...withOptional('queueCapacity', queueCapacity.value),
    ...withOptional('flushIntervalMs', flushIntervalMs.value),
    ...withOptional('batchSize', batchSize.value),
    ...withOptional('maxRetries', maxRetries.value),
  };
}

/** A database shard's fields after `kind`. It is a leaf (checked with the graph). */
export function validateDatabase(c: Collector, obj: Obj, path: string): NodeBody | undefined {
  const workers = optionalNumber(c, obj, 'workers', path, {
    integer: true,
    min: 1,
    max: LIMITS.maxWorkers,
  });
  const queueCapacity = optionalNumber(c, obj, 'queueCapacity', path, UNBOUNDED);
  if (obj.serviceTimeMs !== undefined) {
    // A service's field on a database: say what to write instead of dropping it silently.
    report(c, at(path, 'serviceTimeMs'), 'a database has readTimeMs and writeTimeMs instead');
  }
  const readTimeMs = requireField(c, obj, 'readTimeMs', path, validateDist);
  const writeTimeMs = optionalField(c, obj, 'writeTimeMs', path, validateDist);
  const replicas = optionalNumber(c, obj, 'replicas', path, {
    integer: true,
    min: 0,
    max: LIMITS.maxReplicas,
  });
  // An invalid `replicas` was reported already: do not pile a second message on it.
  const replicated = replicas === undefined || (replicas.value ?? 0) > 0;
  const lag = onlyWhen(c, obj, 'replicationLagMs', path, replicated, 'a database with replicas')
    ? optionalField(c, obj, 'replicationLagMs', path, validateDist)
    : undefined;
  if (workers === undefined || queueCapacity === undefined || readTimeMs === undefined) {
    return undefined;
  }
  if (writeTimeMs === undefined || replicas === undefined || lag === undefined) return undefined;
  return {
    kind: 'database',
    ...withOptional('workers', workers.value),
    ...withOptional('queueCapacity', queueCapacity.value),
    readTimeMs,
    ...withOptional('writeTimeMs', writeTimeMs.value),
    ...withOptional('replicas', replicas.value),
    ...withOptional('replicationLagMs', lag.value),
  } satisfies NodeBody;
}

/** A message queue's fields after `kind`. Its consumer (one service) is checked with the graph. */
export function validateQueue(c: Collector, obj: Obj, path: string): NodeBody | undefined {
  const partitions = optionalNumber(c, obj, 'partitions', path, {
    integer: true,
    min: 1,
    max: LIMITS.maxPartitions,
  });
  const lingerMs = optionalNumber(c, obj, 'lingerMs', path, TIME);
  const batchSize = optionalNumber(c, obj, 'batchSize', path, BUFFER);
  const appendTimeMs = optionalField(c, obj, 'appendTimeMs', path, validateDist);
  const maxRetries = optionalNumber(c, obj, 'maxRetries', path, RETRIES);
  const retryDelayMs = optionalNumber(c, obj, 'retryDelayMs', path, TIME);
  if (partitions === undefined || lingerMs === undefined || batchSize === undefined) {
    return undefined;
  }
  if (appendTimeMs === undefined || maxRetries === undefined || retryDelayMs === undefined) {
    return undefined;
  }
  return {
    kind: 'queue',
    ...withOptional('partitions', partitions.value),
    ...withOptional('lingerMs', lingerMs.value),
    ...withOptional('batchSize', batchSize.value),
    ...withOptional('appendTimeMs', appendTimeMs.value),
    ...withOptional('maxRetries', maxRetries.value),
    ...withOptional('retryDelayMs', retryDelayMs.value),
  } satisfies NodeBody;
}
