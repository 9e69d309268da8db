import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrateScenario, migrations, type Migration } from './migrations.ts';
import { baseDoc } from './testing/baseScenario.ts';
import { validateScenario } from './validate.ts';

/**
 * One fixture per registered migration: a document at version N that
 * `migrations[N]` must carry forward. Add one with every migration — the
 * coverage test below fails otherwise.
 */
const MIGRATION_FIXTURES: Readonly<Record<number, Record<string, unknown>>> = {};

describe('migrations', () => {
  it('has a fixture for every registered migration, and every fixture migrates and validates', () => {
    const registered = Object.keys(migrations)
      .map(Number)
      .sort((a, b) => a - b);
    expect(
      Object.keys(MIGRATION_FIXTURES)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(registered);
    for (const version of registered) {
      const fixture = MIGRATION_FIXTURES[version];
      expect(fixture?.version).toBe(version);
      const result = validateScenario(fixture);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('has a migration for every version below the current one', () => {
    for (let v = 1; v < CURRENT_VERSION; v++) expect(migrations[v]).toBeTypeOf('function');
    expect(CURRENT_VERSION).toBe(1);
  });

  it('runs a chain of migrations in order up to the current version', () => {
    const registry: Record<number, Migration> = {
      1: (doc) => ({ ...doc, trail: ['1→2'] }),
      2: (doc) => ({ ...doc, trail: [...(doc.trail as string[]), '2→3'] }),
    };
    const result = migrateScenario({ version: 1 }, registry, 3);
    expect(result).toEqual({ ok: true, doc: { version: 3, trail: ['1→2', '2→3'] } });
  });

  it('reports a missing or failing step instead of throwing', () => {
    expect(migrateScenario({ version: 1 }, {}, 2)).toEqual({
      ok: false,
      errors: [{ path: 'version', message: 'version 1 can no longer be read' }],
    });
    const broken: Record<number, Migration> = {
      1: () => {
        throw new Error('boom');
      },
    };
    expect(migrateScenario({ version: 1 }, broken, 2)).toEqual({
      ok: false,
      errors: [{ path: 'version', message: 'could not be upgraded from version 1 to 2' }],
    });
  });
});

describe('version errors', () => {
  const problems = (version: unknown): unknown => {
    const result = validateScenario({ ...baseDoc(), version });
    return result.ok ? [] : result.errors;
  };

  it('rejects a newer version in words', () => {
    expect(problems(2)).toEqual([
      { path: 'version', message: '2 is newer than this app supports (1)' },
    ]);
  });

  it('requires a version', () => {
    expect(problems(undefined)).toEqual([
      { path: 'version', message: 'is required (this app reads version 1)' },
    ]);
  });

  it('rejects versions that are not whole numbers from 1', () => {
    expect(problems('1')).toEqual([
      { path: 'version', message: 'must be a whole number from 1 (got "1")' },
    ]);
    expect(problems(0)).toEqual([
      { path: 'version', message: 'must be a whole number from 1 (got 0)' },
    ]);
  });
});
