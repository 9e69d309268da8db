/**
 * The headless run: read the file, parse, migrate and validate, apply the
 * command-line overrides, re-validate, compile, simulate to the end, and
 * return the summary object of the CLI contract (DESIGN.md).
 */
import { readFile } from 'node:fs/promises';
import { createSimulation } from '../engine/index.ts';
import type { ControlSummary, NodeSummary, TotalsSummary } from '../engine/index.ts';
import {
  compileScenario,
  parseScenarioJson,
  validateScenario,
  type Scenario,
  type ScenarioError,
  type ValidationResult,
} from '../scenario/index.ts';
import type { CliOptions } from './args.ts';

/**
 * The `--json` output: the CLI contract's keys, in its order, then the
 * control fields when the scenario has what they describe (`alerts` with
 * rules, `scaling` with a scaling service, `faults` and `faultCount` with any fault).
 */
export interface CliReport extends ControlSummary {
  readonly name: string;
  readonly seed: number;
  readonly simulatedMs: number;
  readonly events: number;
  /** Wall-clock time of compile + simulate + summarize, ms (the only non-deterministic field). */
  readonly wallMs: number;
  readonly totals: TotalsSummary;
  readonly nodes: Readonly<Record<string, NodeSummary>>;
}

export type RunOutcome =
  | { readonly ok: true; readonly report: CliReport }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

/** Read, validate and run the scenario file named in `options`. Throws only on internal errors. */
export async function runCli(options: CliOptions): Promise<RunOutcome> {
  const loaded = await loadScenarioFile(options);
  return loaded.ok ? { ok: true, report: runScenario(loaded.scenario) } : loaded;
}

/** The scenario in the file, validated, with `--seed` and `--duration-ms` applied. */
export async function loadScenarioFile(options: CliOptions): Promise<ValidationResult> {
  let text: string;
  try {
    text = await readFile(options.file, 'utf8');
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const why = typeof code === 'string' ? ` (${code})` : '';
    return { ok: false, errors: [{ path: options.file, message: `cannot read file${why}` }] };
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) return renamePaths(parsed, { file: options.file });
  return applyOverrides(parsed.scenario, options);
}

/** Apply the command-line overrides and validate again; problems are reported at the flag. */
export function applyOverrides(scenario: Scenario, options: CliOptions): ValidationResult {
  const { seed, durationMs } = options;
  if (seed === undefined && durationMs === undefined) return { ok: true, scenario };
  const warmupMs = scenario.warmupMs ?? 0;
  if (durationMs !== undefined && durationMs <= warmupMs) {
    const message = `must be greater than the scenario's warmupMs (${warmupMs}) (got ${durationMs})`;
    return { ok: false, errors: [{ path: '--duration-ms', message }] };
  }
  const overridden = {
    ...scenario,
    ...(seed === undefined ? {} : { seed }),
    ...(durationMs === undefined ? {} : { durationMs }),
  };
  return renamePaths(validateScenario(overridden), {
    seed: '--seed',
    durationMs: '--duration-ms',
    windowMs: '--duration-ms',
  });
}

/** Compile and simulate a validated scenario to the end. */
export function runScenario(scenario: Scenario): CliReport {
  const started = performance.now();
  const simulation = createSimulation(compileScenario(scenario));
  simulation.runToEnd();
  const summary = simulation.summary();
  const wallMs = performance.now() - started;
  return {
    name: scenario.name,
    seed: scenario.seed,
    simulatedMs: summary.simulatedMs,
    events: summary.events,
    wallMs,
    totals: summary.totals,
    nodes: summary.nodes,
    ...pick(summary, 'alerts'),
    ...pick(summary, 'scaling'),
    ...pick(summary, 'faults'),
    ...pick(summary, 'faultCount'),
  };
}

function pick<K extends keyof ControlSummary>(
  summary: ControlSummary,
  key: K,
): Pick<ControlSummary, K> | object {
  return summary[key] === undefined ? {} : { [key]: summary[key] };
}

/** Report problems at `names[path]` instead of `path` (e.g. `durationMs` → `--duration-ms`). */
function renamePaths(
  result: ValidationResult,
  names: Readonly<Record<string, string>>,
): ValidationResult {
  if (result.ok) return result;
  const rename = new Map(Object.entries(names));
  const errors = result.errors.map((e) => ({
    path: rename.get(e.path) ?? e.path,
    message: e.message,
  }));
  return { ok: false, errors };
}
