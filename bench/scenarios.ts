/** Scenarios the benchmarks run, taken from the shipped fixtures. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileScenario, validateScenario, type Scenario } from '../src/scenario/index.ts';
import type { ModelSpec } from '../src/engine/index.ts';

/** Benchmarks run from the repository root (`npm run bench`). */
const FIXTURES = resolve('src/scenario/fixtures');

/** Load a fixture by file name, optionally overriding its duration. */
export function loadFixture(file: string, durationMs?: number): Scenario {
  const raw = JSON.parse(readFileSync(resolve(FIXTURES, file), 'utf8')) as Record<string, unknown>;
  if (durationMs !== undefined) raw['durationMs'] = durationMs;
  const result = validateScenario(raw);
  if (!result.ok)
    throw new Error(`${file}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.scenario;
}

export function fixtureSpec(file: string, durationMs?: number): ModelSpec {
  return compileScenario(loadFixture(file, durationMs));
}
