/**
 * Process glue of the CLI. Exit codes: 0 success, 2 invalid input (one line
 * `error: <path>: <what is wrong>` on stderr), 1 unexpected internal error (one
 * line too). Never a stack trace.
 */
import { pathToFileURL } from 'node:url';
import { formatScenarioError, type ScenarioError } from '../scenario/index.ts';
import { USAGE, parseArgs } from './args.ts';
import { formatReport } from './format.ts';
import { runCli } from './run.ts';

/** Run the CLI with `argv` (without node and script); returns the exit code. */
export async function main(
  argv: readonly string[],
  out: (text: string) => void,
  err: (line: string) => void,
): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (!args.ok) return invalid(err, [args.error]);
    if (args.help) {
      out(`${USAGE}\n`);
      return 0;
    }
    const outcome = await runCli(args.options);
    if (!outcome.ok) return invalid(err, outcome.errors);
    out(args.options.json ? `${JSON.stringify(outcome.report)}\n` : formatReport(outcome.report));
    return 0;
  } catch (e) {
    const what = e instanceof Error ? e.message : String(e);
    err(`error: internal: ${oneLine(what)} (this is a bug in distsim)`);
    return 1;
  }
}

/** One line for all problems: the first, and how many more there are. */
function invalid(err: (line: string) => void, errors: readonly ScenarioError[]): number {
  const [first] = errors;
  const extra = errors.length - 1;
  const more = extra > 0 ? ` (and ${extra} more problem${extra === 1 ? '' : 's'})` : '';
  err(
    `error: ${first === undefined ? 'input: is invalid' : oneLine(formatScenarioError(first))}${more}`,
  );
  return 2;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Entry point: `tsx src/cli/main.ts …`. Skipped when imported (by tests). */
const script = process.argv[1];
if (script !== undefined && pathToFileURL(script).href === import.meta.url) {
  const code = await main(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (line) => process.stderr.write(`${line}\n`),
  );
  process.exitCode = code;
}
