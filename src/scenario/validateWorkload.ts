/** Validation of a client's workload (`client.workload`): reads vs writes, keys, batches. */
import {
  at,
  checkOneOf,
  expectObj,
  onlyWhen,
  optionalNumber,
  report,
  requireField,
  requireNumber,
  withOptional,
  type Collector,
  type Obj,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { KeyDistribution, Workload } from './types.ts';

const KEY_DISTRIBUTIONS: readonly KeyDistribution[] = ['uniform', 'zipf', 'hot-key'];
const SHARE = { min: 0, max: 1 } as const;

/** Validate `client.workload` at `path` (the field itself is optional). */
export function validateWorkload(c: Collector, value: unknown, path: string): Workload | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const readRatio = requireNumber(c, obj, 'readRatio', path, SHARE);
  const keys = requireField(c, obj, 'keys', path, validateKeys);
  const batchSize = optionalNumber(c, obj, 'batchSize', path, {
    integer: true,
    min: 1,
    max: LIMITS.maxBatchSize,
  });
  const crossShardRatio = optionalNumber(c, obj, 'crossShardRatio', path, SHARE);
  if (readRatio === undefined || keys === undefined) return undefined;
  if (batchSize === undefined || crossShardRatio === undefined) return undefined;
  return {
    readRatio,
    keys,
    ...withOptional('batchSize', batchSize.value),
    ...withOptional('crossShardRatio', crossShardRatio.value),
  };
}

function validateKeys(c: Collector, value: unknown, path: string): Workload['keys'] | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const count = requireNumber(c, obj, 'count', path, {
    integer: true,
    min: 1,
    max: LIMITS.maxKeyCount,
  });
  const distribution = checkOneOf(c, obj.distribution, at(path, 'distribution'), KEY_DISTRIBUTIONS);
  if (distribution === undefined) return undefined;
  const zipf = onlyWhen(c, obj, 'exponent', path, distribution === 'zipf', '"zipf" keys');
  const exponent = zipf
    ? optionalNumber(c, obj, 'exponent', path, { above: 0, max: 10 })
    : undefined;
  const hot = distribution === 'hot-key' ? validateHotKeys(c, obj, path, count) : undefined;
  const notHot = ['hotKeys', 'hotShare'].map((key) =>
    onlyWhen(c, obj, key, path, distribution === 'hot-key', '"hot-key" keys'),
  );
  if (count === undefined || exponent === undefined || notHot.includes(false)) return undefined;
  if (distribution === 'hot-key' && hot === undefined) return undefined;
  return {
    count,
    distribution,
    ...withOptional('exponent', exponent.value),
    ...hot,
  };
}

/** `hotKeys` (fewer than `count`) and `hotShare`, both optional. */
function validateHotKeys(
  c: Collector,
  obj: Obj,
  path: string,
  count: number | undefined,
): { hotKeys?: number; hotShare?: number } | undefined {
  const hotKeys = optionalNumber(c, obj, 'hotKeys', path, {
    integer: true,
    min: 1,
    max: LIMITS.maxKeyCount,
  });
  const hotShare = optionalNumber(c, obj, 'hotShare', path, SHARE);
  if (hotKeys === undefined || hotShare === undefined) return undefined;
  if (hotKeys.value !== undefined && count !== undefined && hotKeys.value >= count) {
    return report(
      c,
      at(path, 'hotKeys'),
      `must be less than count (${count}) (got ${hotKeys.value})`,
    );
  }
  return { ...withOptional('hotKeys', hotKeys.value), ...withOptional('hotShare', hotShare.value) };
}
