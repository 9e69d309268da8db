/**
 * Gather a debrief's input from a finished run: its summary, its metrics
 * history (for the worst window) and its scenario (faults and SLOs). Alerts
 * and recovery times are passed in when the run carries them.
 */
import type { Fault } from '../../scenario/index.ts';
import { getTotalsRow } from '../metricsAccess.ts';
import type { FaultRecovery, RunSummary } from '../metricsAccess.ts';
import type { MetricsHistory } from '../metricsHistory.ts';
import type { Scenario } from '../scenarioAccess.ts';
import type { DebriefAlert, DebriefFaultInput, DebriefInput } from './debriefTypes.ts';

/** What the run may add beyond its summary: fired alerts, and recovery per fault (same order as `scenario.faults`). */
export interface DebriefExtras {
  readonly alerts?: readonly DebriefAlert[];
  readonly timeToRecoverMs?: readonly (number | null)[];
}

/** The worst window's end-to-end p99 after warm-up. */
export function getPeakP99(history: MetricsHistory): DebriefInput['peakP99'] {
  const layout = history.getLayout();
  if (!layout) return null;
  const row = getTotalsRow(layout);
  let peak: DebriefInput['peakP99'] = null;
  for (let i = 0; i < history.getLength(); i++) {
    if (history.getWindowIndex(i) * layout.windowMs < layout.warmupMs) continue;
    if (!(history.getValue(i, row, 'completed') > 0)) continue;
    const v = history.getValue(i, row, 'latencyP99');
    if (Number.isFinite(v) && (peak === null || v > peak.valueMs))
      peak = { valueMs: v, atMs: history.getWindowEndMs(i) };
  }
  return peak;
}

/** Failures the clients saw, by cause (summed over client nodes). */
export function getClientFailures(summary: RunSummary): Record<string, number> {
  const out: Record<string, number> = {};
  for (const node of Object.values(summary.nodes)) {
    if (node.kind !== 'client') continue;
    for (const [cause, n] of Object.entries(node.failures))
      out[cause] = (out[cause] ?? 0) + (n ?? 0);
  }
  return out;
}

function faultTarget(fault: Fault): string {
  return 'target' in fault ? fault.target : `${fault.from}→${fault.to}`;
}

function toFaultInput(fault: Fault, recovery: number | null | undefined): DebriefFaultInput {
  const base = {
    type: fault.type,
    target: faultTarget(fault),
    atMs: fault.atMs,
    durationMs: 'durationMs' in fault ? fault.durationMs : 0,
  };
  return recovery === undefined ? base : { ...base, timeToRecoverMs: recovery };
}

/** A fault as the run measured it: null time to recover = never back; unmeasured = absent. */
function fromFaultRecovery(f: FaultRecovery): DebriefFaultInput {
  const base = { type: f.type, target: f.target, atMs: f.atMs, durationMs: f.durationMs };
  if (f.status === 'recovered') return { ...base, timeToRecoverMs: f.timeToRecoverMs };
  if (f.status === 'not-recovered') return { ...base, timeToRecoverMs: null };
  return base;
}

/** The debrief input of a run. */
export function buildDebriefInput(
  summary: RunSummary,
  history: MetricsHistory,
  scenario: Scenario,
  extras: DebriefExtras = {},
): DebriefInput {
  const { totals } = summary;
  // The run's own fault book (timeline, live and chaos faults, with recovery) when it kept one.
  const faults =
    summary.faults !== undefined
      ? summary.faults.map(fromFaultRecovery)
      : (scenario.faults ?? []).map((f, i) => toFaultInput(f, extras.timeToRecoverMs?.[i]));
  return {
    requests: totals.requests,
    succeeded: totals.succeeded,
    failed: totals.failed,
    goodputPerSec: totals.goodputPerSec,
    latencyMs: totals.latencyMs,
    peakP99: getPeakP99(history),
    failuresByCause: getClientFailures(summary),
    faults,
    ...(extras.alerts ? { alerts: extras.alerts } : {}),
    slos: scenario.slos ?? [],
  };
}
