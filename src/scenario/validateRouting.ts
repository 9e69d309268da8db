/** Validation of the routing kinds: `load-balancer` (with its health check) and `shard-router`. */
import {
  at,
  checkNumber,
  checkOneOf,
  expectObj,
  onlyWhen,
  optionalField,
  optionalNumber,
  report,
  withOptional,
  type Collector,
  type Obj,
} from './checks.ts';
import { SCENARIO_DEFAULTS } from './defaults.ts';
import { LIMITS } from './limits.ts';
import type { HealthCheck, LoadBalancerStrategy, NodeBody, ShardStrategy } from './nodeTypes.ts';

const LB_STRATEGIES: readonly LoadBalancerStrategy[] = [
  'round-robin',
  'weighted-round-robin',
  'least-connections',
  'random',
  'power-of-two-choices',
  'least-response-time',
  'key-hash',
  'consistent-hash',
  'maglev',
];
const SHARD_STRATEGIES: readonly ShardStrategy[] = [
  'range',
  'hash-mod',
  'consistent-hash',
  'jump',
  'rendezvous',
];
const COUNT = { integer: true, min: 0, max: Number.MAX_SAFE_INTEGER } as const;
const VIRTUAL_NODES = { integer: true, min: 1, max: LIMITS.maxVirtualNodes } as const;
const THRESHOLD = { integer: true, min: 1, max: LIMITS.maxThreshold } as const;
const strategyField = (name: string): string => `the ${JSON.stringify(name)} strategy`;

/** Whether `n` is a prime (trial division; `n` ≤ LIMITS.maxMaglevTableSize). */
export function isPrime(n: number): boolean {
  if (!Number.isInteger(n) || n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

/** A load balancer's fields after `kind`. Target counts are checked with the graph. */
export function validateLoadBalancer(c: Collector, obj: Obj, path: string): NodeBody | undefined {
  const strategy = checkOneOf(c, obj.strategy, at(path, 'strategy'), LB_STRATEGIES);
  if (strategy === undefined) return undefined;
  const only = (key: string, s: LoadBalancerStrategy): boolean =>
    onlyWhen(c, obj, key, path, strategy === s, strategyField(s));
  const vn = only('virtualNodes', 'consistent-hash')
    ? optionalNumber(c, obj, 'virtualNodes', path, VIRTUAL_NODES)
    : undefined;
  const table = only('maglevTableSize', 'maglev')
    ? optionalField(c, obj, 'maglevTableSize', path, checkTableSize)
    : undefined;
  const decay = only('ewmaDecayMs', 'least-response-time')
    ? optionalNumber(c, obj, 'ewmaDecayMs', path, { above: 0, max: LIMITS.maxDurationMs })
    : undefined;
  const healthCheck = optionalField(c, obj, 'healthCheck', path, validateHealthCheck);
  const outliers = optionalField(c, obj, 'outlierDetection', path, validateOutliers);
  const maxConn = optionalNumber(c, obj, 'maxConnectionsPerTarget', path, { ...COUNT, min: 1 });
  const limited = obj.maxConnectionsPerTarget !== undefined;
  const maxPending = onlyWhen(c, obj, 'maxPending', path, limited, 'a maxConnectionsPerTarget')
    ? optionalNumber(c, obj, 'maxPending', path, COUNT)
    : undefined;
  if (vn === undefined || table === undefined || decay === undefined) return undefined;
  if (
    healthCheck === undefined ||
    maxConn === undefined ||
    maxPending === undefined ||
    outliers === undefined
  ) {
    return undefined;
  }
  return {
    kind: 'load-balancer',
    strategy,
    ...withOptional('virtualNodes', vn.value),
    ...withOptional('maglevTableSize', table.value),
    ...withOptional('ewmaDecayMs', decay.value),
    ...withOptional('healthCheck', healthCheck.value),
    ...withOptional('outlierDetection', outliers.value),
    ...withOptional('maxConnectionsPerTarget', maxConn.value),
    ...withOptional('maxPending', maxPending.value),
  } satisfies NodeBody;
}

/** `outlierDetection`: every field optional (defaults from the guide and Envoy). */
function validateOutliers(
  c: Collector,
  value: unknown,
  path: string,
): Record<string, number> | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const fields = {
    consecutiveErrors: optionalNumber(c, obj, 'consecutiveErrors', path, {
      integer: true,
      min: 1,
      max: 1_000_000,
    }),
    baseEjectionTimeMs: optionalNumber(c, obj, 'baseEjectionTimeMs', path, {
      above: 0,
      max: LIMITS.maxDurationMs,
    }),
    maxEjectionTimeMs: optionalNumber(c, obj, 'maxEjectionTimeMs', path, {
      above: 0,
      max: LIMITS.maxDurationMs,
    }),
    maxEjectionPercent: optionalNumber(c, obj, 'maxEjectionPercent', path, { min: 0, max: 100 }),
  };
  const out: Record<string, number> = {};
  for (const [key, f] of Object.entries(fields)) {
    if (f === undefined) return undefined;
    if (f.value !== undefined) out[key] = f.value;
  }
  return out;
}

function checkTableSize(c: Collector, value: unknown, path: string): number | undefined {
  const rule = { integer: true, min: 2, max: LIMITS.maxMaglevTableSize };
  const size = checkNumber(c, value, path, rule);
  if (size === undefined || isPrime(size)) return size;
  return report(c, path, `must be a prime number (got ${size}; 65537 is the default)`);
}

/** `healthCheck`: every field optional (defaults from the guide), the timeout below the interval. */
function validateHealthCheck(c: Collector, value: unknown, path: string): HealthCheck | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const period = { min: LIMITS.minPeriodMs, max: LIMITS.maxDurationMs };
  const intervalMs = optionalNumber(c, obj, 'intervalMs', path, period);
  const timeoutMs = optionalNumber(c, obj, 'timeoutMs', path, period);
  const unhealthy = optionalNumber(c, obj, 'unhealthyThreshold', path, THRESHOLD);
  const healthy = optionalNumber(c, obj, 'healthyThreshold', path, THRESHOLD);
  if (intervalMs === undefined || timeoutMs === undefined) return undefined;
  if (unhealthy === undefined || healthy === undefined) return undefined;
  const defaults = SCENARIO_DEFAULTS.healthCheck;
  const interval = intervalMs.value ?? defaults.intervalMs;
  const timeout = timeoutMs.value ?? defaults.timeoutMs;
  if (timeout >= interval) {
    const got = timeoutMs.value === undefined ? `${timeout}, the default` : `${timeout}`;
    return report(
      c,
      at(path, 'timeoutMs'),
      `must be less than intervalMs (${interval}) (got ${got})`,
    );
  }
  return {
    ...withOptional('intervalMs', intervalMs.value),
    ...withOptional('timeoutMs', timeoutMs.value),
    ...withOptional('unhealthyThreshold', unhealthy.value),
    ...withOptional('healthyThreshold', healthy.value),
  };
}

/** A shard router's fields after `kind`. The boundary count is checked with the graph. */
export function validateShardRouter(c: Collector, obj: Obj, path: string): NodeBody | undefined {
  const strategy = checkOneOf(c, obj.strategy, at(path, 'strategy'), SHARD_STRATEGIES);
  if (strategy === undefined) return undefined;
  const hashed = strategy === 'consistent-hash';
  const vn = onlyWhen(c, obj, 'virtualNodes', path, hashed, strategyField('consistent-hash'))
    ? optionalNumber(c, obj, 'virtualNodes', path, VIRTUAL_NODES)
    : undefined;
  const ranged = strategy === 'range';
  const bounds = onlyWhen(c, obj, 'rangeBoundaries', path, ranged, strategyField('range'))
    ? optionalField(c, obj, 'rangeBoundaries', path, checkBoundaries)
    : undefined;
  if (vn === undefined || bounds === undefined) return undefined;
  return {
    kind: 'shard-router',
    strategy,
    ...withOptional('virtualNodes', vn.value),
    ...withOptional('rangeBoundaries', bounds.value),
  } satisfies NodeBody;
}

/** Strictly ascending positive whole numbers (exclusive upper keys of all shards but the last). */
function checkBoundaries(c: Collector, value: unknown, path: string): number[] | undefined {
  if (!Array.isArray(value)) return report(c, path, 'must be an array of key numbers');
  if (value.length > LIMITS.maxEdges) {
    return report(c, path, `has ${value.length} boundaries; at most ${LIMITS.maxEdges}`);
  }
  const rule = { integer: true, min: 1, max: LIMITS.maxKeyCount };
  const bounds: number[] = [];
  for (const [i, item] of value.entries()) {
    const key = checkNumber(c, item, at(path, i), rule);
    if (key === undefined) return undefined;
    const previous = bounds[bounds.length - 1];
    if (previous !== undefined && key <= previous) {
      return report(c, at(path, i), `must be greater than the boundary before it (${previous})`);
    }
    bounds.push(key);
  }
  return bounds;
}
