/**
 * Forward migrations of the scenario format. A document of version N is
 * carried to N + 1 by `migrations[N]`, repeatedly, until it reaches
 * `CURRENT_VERSION`; only then is it validated. Every migration must be
 * exercised by a fixture in `migrations.test.ts` (a test fails otherwise).
 */
import { isObj, describe, type Obj } from './checks.ts';
import type { ScenarioError } from './types.ts';

/** The version this app writes and reads natively. */
export const CURRENT_VERSION = 1;

/** A migration takes a document of version N and returns one of version N + 1. */
export type Migration = (doc: Obj) => Obj;

/** Version N → migration to N + 1. None yet: version 1 is the first. */
export const migrations: Readonly<Record<number, Migration>> = {};

/** A document at the current version, or why it could not be brought there. */
export type MigrationResult =
  | { readonly ok: true; readonly doc: Obj }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

const fail = (path: string, message: string): MigrationResult => ({
  ok: false,
  errors: [{ path, message }],
});

/**
 * Bring a parsed document of any known version to `current` (`CURRENT_VERSION`).
 * Never throws. `registry` and `current` are parameters only so tests can run a chain.
 */
export function migrateScenario(
  input: unknown,
  registry: Readonly<Record<number, Migration>> = migrations,
  current: number = CURRENT_VERSION,
): MigrationResult {
  if (!isObj(input)) return fail('scenario', `must be a JSON object (got ${describe(input)})`);
  const version = input.version;
  if (version === undefined) {
    return fail('version', `is required (this app reads version ${current})`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', `must be a whole number from 1 (got ${describe(version)})`);
  }
  if (version > current) {
    return fail('version', `${version} is newer than this app supports (${current})`);
  }
  let doc = input;
  for (let v = version; v < current; v++) {
    const migrate = registry[v];
    if (migrate === undefined) return fail('version', `version ${v} can no longer be read`);
    try {
      doc = { ...migrate(doc), version: v + 1 };
    } catch {
      return fail('version', `could not be upgraded from version ${v} to ${v + 1}`);
    }
  }
  return { ok: true, doc };
}
