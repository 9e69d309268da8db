import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = 'src/scenario/fixtures/closed-loop.json';

/** Run main() in-process, capturing stdout and stderr. */
async function runMain(argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  let out = '';
  const err: string[] = [];
  const code = await main(
    argv,
    (t) => (out += t),
    (line) => err.push(line),
  );
  return { code, out, err };
}

describe('main (in-process)', () => {
  it('prints a table without --json', async () => {
    const { code, out, err } = await runMain([`${ROOT}${FIXTURE}`, '--duration-ms', '2000']);
    expect([code, err]).toEqual([0, []]);
    expect(out).toMatch(/^Closed loop: 50 users thinking 100 ms {2}\(seed 3\)\n/);
    expect(out).toMatch(
      /\nnode +kind +arrivals +completed +failed +util +mean queue +p50 ms +p95 ms +p99 ms\n/,
    );
    expect(out).toMatch(/\napi-1 +service +/);
  });

  it('exits 2 with exactly one error line for invalid input, and counts further problems', async () => {
    expect(await runMain(['missing.json'])).toEqual({
      code: 2,
      out: '',
      err: ['error: missing.json: cannot read file (ENOENT)'],
    });
    expect((await runMain([`${ROOT}${FIXTURE}`, '--seed', 'x'])).err).toEqual([
      'error: --seed: must be an unsigned 32-bit integer, 0 to 4294967295 (got "x")',
    ]);
  });

  it('names the first problem and counts the others', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'distsim-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1, name: 'x', seed: -1, durationMs: 0 }));
    expect((await runMain([file])).err).toEqual([
      'error: seed: must be an unsigned 32-bit integer, 0 to 4294967295 (got -1) (and 3 more problems)',
    ]);
  });

  it('prints usage with --help', async () => {
    const { code, out } = await runMain(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: npm run --silent sim -- <scenario\.json>/);
  });
});

// Spawning tsx takes seconds on a busy machine: these two get a minute each.
describe('the sim command (spawned)', { timeout: 60_000 }, () => {
  const tsx = (args: string[]) =>
    spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints only the JSON summary with --json', () => {
    const { status, stdout, stderr } = tsx([FIXTURE, '--json', '--duration-ms', '2000']);
    expect(status).toBe(0);
    expect(stderr.split('\n').filter((l) => l.startsWith('error'))).toEqual([]);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'name',
      'seed',
      'simulatedMs',
      'events',
      'wallMs',
      'totals',
      'nodes',
    ]);
    expect(report).toMatchObject({ seed: 3, simulatedMs: 2000 });
    const { totals, nodes } = report as {
      totals: { latencyMs: Record<string, unknown> };
      nodes: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(totals.latencyMs)).toEqual(['mean', 'p50', 'p95', 'p99', 'p999', 'max']);
    expect(Object.keys(nodes)).toEqual(['users', 'lb', 'api-1', 'api-2']);
    expect(nodes.lb?.targets).toBeTypeOf('object');
    expect(nodes['api-1']?.utilization).toBeTypeOf('number');
  });

  it('exits 2 with one line on stderr and no stack trace for a bad file', () => {
    const { status, stdout, stderr } = tsx(['does-not-exist.json', '--json']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));
    expect(lines).toEqual(['error: does-not-exist.json: cannot read file (ENOENT)']);
  });
});
