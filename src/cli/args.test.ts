import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

const error = (argv: string[]): string => {
  const parsed = parseArgs(argv);
  return parsed.ok ? '' : `${parsed.error.path}: ${parsed.error.message}`;
};

describe('parseArgs', () => {
  it('reads the file and every option, in any order, with space or =', () => {
    expect(parseArgs(['s.json'])).toEqual({
      ok: true,
      help: false,
      options: { file: 's.json', json: false },
    });
    expect(parseArgs(['--json', '--seed', '7', 's.json', '--duration-ms=2000'])).toEqual({
      ok: true,
      help: false,
      options: { file: 's.json', json: true, seed: 7, durationMs: 2000 },
    });
    expect(parseArgs(['s.json', '--seed=4294967295'])).toMatchObject({
      options: { seed: 4294967295 },
    });
  });

  it('answers --help', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, help: true });
    expect(parseArgs(['s.json', '-h'])).toEqual({ ok: true, help: true });
  });

  it('rejects bad seeds with the flag as path', () => {
    for (const bad of ['-1', '1.5', '4294967296', 'abc', '0x10', '']) {
      expect(error(['s.json', '--seed', bad])).toBe(
        `--seed: must be an unsigned 32-bit integer, 0 to 4294967295 (got ${JSON.stringify(bad)})`,
      );
    }
  });

  it('rejects bad durations, missing values, unknown options and extra files', () => {
    expect(error(['s.json', '--duration-ms', '0'])).toBe(
      '--duration-ms: must be a positive number of milliseconds (got "0")',
    );
    expect(error(['s.json', '--seed'])).toBe('--seed: needs a value');
    expect(error(['s.json', '--json=yes'])).toBe('--json: takes no value');
    expect(error(['s.json', '--fast'])).toMatch(/^--fast: unknown option \(usage: /);
    expect(error(['a.json', 'b.json'])).toMatch(/^b\.json: unexpected extra argument/);
    expect(error([])).toMatch(/^<scenario\.json>: missing scenario file \(usage: /);
  });
});
