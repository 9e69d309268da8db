/**
 * Command-line arguments of `npm run --silent sim -- <scenario.json> [--seed N]
 * [--duration-ms N] [--json]`. Parsing is pure; problems come back as
 * `{ path, message }` so `main.ts` prints them like scenario errors.
 */
import type { ScenarioError } from '../scenario/index.ts';

/** What the person asked for. */
export interface CliOptions {
  readonly file: string;
  readonly seed?: number;
  readonly durationMs?: number;
  readonly json: boolean;
}

export type ParsedArgs =
  | { readonly ok: true; readonly help: true }
  | { readonly ok: true; readonly help: false; readonly options: CliOptions }
  | { readonly ok: false; readonly error: ScenarioError };

/** One line of usage, shown with `--help` and after argument errors. */
export const USAGE =
  'usage: npm run --silent sim -- <scenario.json> [--seed N] [--duration-ms N] [--json]';

const MAX_SEED = 0xffff_ffff;
const fail = (path: string, message: string): ParsedArgs => ({
  ok: false,
  error: { path, message },
});

/** Parse `process.argv.slice(2)`. Accepts `--seed 7` and `--seed=7`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let file: string | undefined;
  let seed: number | undefined;
  let durationMs: number | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag = '', inline] = arg.startsWith('--') ? splitInline(arg) : [arg, undefined];
    if (flag === '--help' || flag === '-h') return { ok: true, help: true };
    if (flag === '--json') {
      if (inline !== undefined) return fail('--json', 'takes no value');
      json = true;
    } else if (flag === '--seed' || flag === '--duration-ms') {
      const text = inline ?? argv[++i];
      if (text === undefined) return fail(flag, 'needs a value');
      const value = flag === '--seed' ? parseSeed(text) : parseDuration(text);
      if (typeof value === 'string') return fail(flag, value);
      if (flag === '--seed') seed = value;
      else durationMs = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return fail(flag, `unknown option (${USAGE})`);
    } else if (file !== undefined) {
      return fail(arg, `unexpected extra argument; give one scenario file (${USAGE})`);
    } else {
      file = arg;
    }
  }
  if (file === undefined) return fail('<scenario.json>', `missing scenario file (${USAGE})`);
  const options: CliOptions = {
    file,
    json,
    ...(seed === undefined ? {} : { seed }),
    ...(durationMs === undefined ? {} : { durationMs }),
  };
  return { ok: true, help: false, options };
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** A decimal number, strictly (no `0x`, no empty string, no trailing junk). */
function toNumber(text: string): number | undefined {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim()) ? Number(text) : undefined;
}

function parseSeed(text: string): number | string {
  const n = toNumber(text);
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > MAX_SEED) {
    return `must be an unsigned 32-bit integer, 0 to ${MAX_SEED} (got ${JSON.stringify(text)})`;
  }
  return n;
}

/** Range checks happen when the scenario is re-validated with the new duration. */
function parseDuration(text: string): number | string {
  const n = toNumber(text);
  if (n === undefined || !(n > 0))
    return `must be a positive number of milliseconds (got ${JSON.stringify(text)})`;
  return n;
}
