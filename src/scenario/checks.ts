/**
 * Tiny validation combinators. Each check reads one field of an untrusted
 * object, reports a path-qualified problem to the collector, and returns the
 * value or `undefined` (meaning "a problem was reported"). Nothing throws.
 */
import type { ScenarioError } from './types.ts';

/** Where problems are collected; validation never stops at the first one. */
export interface Collector {
  readonly errors: ScenarioError[];
}

/** An untrusted JSON object. */
export type Obj = Readonly<Record<string, unknown>>;

/** A fresh collector. */
export function createCollector(): Collector {
  return { errors: [] };
}

/** Record a problem at `path`. Always returns `undefined`, for `return report(…)`. */
export function report(c: Collector, path: string, message: string): undefined {
  c.errors.push({ path, message });
  return undefined;
}

/** `nodes[2]` + `serviceTimeMs` → `nodes[2].serviceTimeMs`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a bad value for messages: `"abc"`, `null`, `an array`… */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(short);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** The value must be a JSON object. */
export function expectObj(c: Collector, value: unknown, path: string): Obj | undefined {
  if (isObj(value)) return value;
  return report(c, path, `must be an object (got ${describe(value)})`);
}

/** Range and integrality rules of a number. */
export interface NumberRule {
  readonly integer?: boolean;
  /** Inclusive lower bound. */
  readonly min?: number;
  /** Exclusive lower bound. */
  readonly above?: number;
  /** Inclusive upper bound. */
  readonly max?: number;
}

/** Check a number against a rule; `path` names it. */
export function checkNumber(
  c: Collector,
  value: unknown,
  path: string,
  rule: NumberRule,
): number | undefined {
  if (typeof value !== 'number')
    return report(c, path, `must be a number (got ${describe(value)})`);
  if (!Number.isFinite(value)) return report(c, path, 'must be a finite number');
  if (rule.integer === true && !Number.isInteger(value)) {
    return report(c, path, `must be a whole number (got ${value})`);
  }
  if (rule.above !== undefined && !(value > rule.above)) {
    return report(c, path, `must be greater than ${rule.above} (got ${value})`);
  }
  if (rule.min !== undefined && value < rule.min) {
    return report(c, path, `must be at least ${rule.min} (got ${value})`);
  }
  if (rule.max !== undefined && value > rule.max) {
    return report(c, path, `must be at most ${rule.max} (got ${value})`);
  }
  // -0 would come back from JSON as 0: normalize so a validated scenario survives a round trip.
  return value === 0 ? 0 : value;
}

/** A required number field. */
export function requireNumber(
  c: Collector,
  obj: Obj,
  key: string,
  path: string,
  rule: NumberRule,
): number | undefined {
  const p = at(path, key);
  if (!(key in obj)) return report(c, p, 'is required');
  return checkNumber(c, obj[key], p, rule);
}

/** An optional number field: `{ value: undefined }` when absent, `undefined` on a problem. */
export function optionalNumber(
  c: Collector,
  obj: Obj,
  key: string,
  path: string,
  rule: NumberRule,
): { value: number | undefined } | undefined {
  if (obj[key] === undefined) return { value: undefined };
  const value = checkNumber(c, obj[key], at(path, key), rule);
  return value === undefined ? undefined : { value };
}

/** A string field of at most `maxLength` characters. */
export function checkString(
  c: Collector,
  value: unknown,
  path: string,
  maxLength: number,
): string | undefined {
  if (typeof value !== 'string')
    return report(c, path, `must be a string (got ${describe(value)})`);
  if (value.length > maxLength) {
    return report(c, path, `must be at most ${maxLength} characters (got ${value.length})`);
  }
  return value;
}

/**
 * One of the `allowed` words. Words in `later` are known from DESIGN.md but not
 * simulated yet, and get a message saying so.
 */
export function checkOneOf<T extends string>(
  c: Collector,
  value: unknown,
  path: string,
  allowed: readonly T[],
  later: readonly string[] = [],
): T | undefined {
  if (value === undefined) return report(c, path, 'is required');
  const found = allowed.find((word) => word === value);
  if (found !== undefined) return found;
  if (typeof value === 'string' && later.includes(value)) {
    return report(c, path, `${JSON.stringify(value)} is not supported by this version yet`);
  }
  const list = allowed.map((word) => JSON.stringify(word)).join(', ');
  return report(c, path, `must be one of ${list} (got ${describe(value)})`);
}

/** With an optional field: set `key` only when `value` is defined (exactOptionalPropertyTypes). */
export function withOptional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** A value validator: reports problems at `path` and returns the value or `undefined`. */
export type Check<T> = (c: Collector, value: unknown, path: string) => T | undefined;

/** A required field checked by `check`; reports `is required` when absent. */
export function requireField<T>(
  c: Collector,
  obj: Obj,
  key: string,
  path: string,
  check: Check<T>,
): T | undefined {
  const p = at(path, key);
  return obj[key] === undefined ? report(c, p, 'is required') : check(c, obj[key], p);
}

/** An optional field: `{ value: undefined }` when absent, `undefined` on a problem. */
export function optionalField<T>(
  c: Collector,
  obj: Obj,
  key: string,
  path: string,
  check: Check<T>,
): { value: T | undefined } | undefined {
  if (obj[key] === undefined) return { value: undefined };
  const value = check(c, obj[key], at(path, key));
  return value === undefined ? undefined : { value };
}

/** A JSON boolean. */
export function checkBoolean(c: Collector, value: unknown, path: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  return report(c, path, `must be true or false (got ${describe(value)})`);
}

/**
 * A field that only means something in some configurations (a zipf exponent on
 * zipf keys, virtual nodes with consistent hashing…). When it is present but
 * `applies` is false, report `only applies to <what>` and return false.
 */
export function onlyWhen(
  c: Collector,
  obj: Obj,
  key: string,
  path: string,
  applies: boolean,
  what: string,
): boolean {
  if (applies || obj[key] === undefined) return true;
  report(c, at(path, key), `only applies to ${what}`);
  return false;
}
