/**
 * The JSON run report: the scenario (so the run can be replayed exactly), its
 * summary in the CLI's shape, the debrief, and how the windows were cut.
 */
import type { MetricsLayout, RunSummary } from '../metricsAccess.ts';
import type { Scenario } from '../scenarioAccess.ts';
import type { Debrief } from './debriefTypes.ts';

export interface RunReport {
  readonly format: 'distsim-run-report';
  readonly version: 1;
  readonly name: string;
  readonly seed: number;
  readonly windowMs: number;
  readonly warmupMs: number;
  readonly scenario: Scenario;
  readonly summary: RunSummary;
  readonly debrief: Debrief;
}

/** Build the report of a finished run. */
export function createRunReport(
  scenario: Scenario,
  layout: MetricsLayout,
  summary: RunSummary,
  debrief: Debrief,
): RunReport {
  return {
    format: 'distsim-run-report',
    version: 1,
    name: scenario.name,
    seed: scenario.seed,
    windowMs: layout.windowMs,
    warmupMs: layout.warmupMs,
    scenario,
    summary,
    debrief,
  };
}

/** The report as pretty-printed JSON text. */
export function runReportToJson(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A file name from the scenario's name: `round-robin-over-three-services-seed-42`. */
export function exportBaseName(scenario: Scenario): string {
  const slug = scenario.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'scenario'}-seed-${scenario.seed}`;
}
