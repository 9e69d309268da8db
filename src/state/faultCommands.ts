/**
 * What the fault timeline and the fault palette do to the document: move or
 * resize a fault window, delete one, add one. Each builds a candidate and goes
 * through `applyCandidate`, so every change is one undoable step, reaches the
 * URL, and is checked by the format's validator — plus the timeline's own rule
 * that a window stays inside the run.
 */
import type { EditOutcome } from './documentEdits.ts';
import { applyCandidate, checkCandidate } from './documentEdits.ts';
import { useDocumentStore } from './documentStore.ts';
import type { FaultTiming } from './faultTimeline.ts';
import { checkFaultTiming, getFaultDuration, retimeFault } from './faultTimeline.ts';
import type { Scenario, ScenarioError } from './scenarioAccess.ts';

const current = (): Scenario => useDocumentStore.getState().scenario;
const refused = (errors: readonly ScenarioError[]): EditOutcome => ({ applied: false, errors });
const missing = (index: number): EditOutcome =>
  refused([{ path: `faults[${index}]`, message: 'there is no such fault (it was removed)' }]);

/** Give fault `index` a new start and (unless it is instant) duration; refused outside the run. */
export function retimeFaultAt(index: number, timing: FaultTiming): EditOutcome {
  const scenario = current();
  const faults = scenario.faults ?? [];
  const fault = faults[index];
  if (fault === undefined) return missing(index);
  const instant = !('durationMs' in fault);
  const errors = checkFaultTiming(index, timing, scenario.durationMs, instant);
  if (errors.length > 0) return refused(errors);
  if (fault.atMs === timing.atMs && (instant || getFaultDuration(fault) === timing.durationMs))
    return { applied: true };
  const next = faults.map((f, i) => (i === index ? retimeFault(f, timing) : f));
  return applyCandidate({ ...scenario, faults: next });
}

/** Remove fault `index` from the timeline. */
export function deleteFaultAt(index: number): EditOutcome {
  const scenario = current();
  const faults = scenario.faults ?? [];
  if (faults[index] === undefined) return missing(index);
  const rest = faults.filter((_, i) => i !== index);
  return applyCandidate({ ...scenario, faults: rest.length > 0 ? rest : undefined });
}

const numberOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' ? value : fallback;

/** Append a fault built by the palette; refused (path-qualified) when it is invalid or leaves the run. */
export function addFault(fault: Readonly<Record<string, unknown>>): EditOutcome {
  const scenario = current();
  const faults = scenario.faults ?? [];
  const instant = !('durationMs' in fault);
  const timing = { atMs: numberOr(fault.atMs, 0), durationMs: numberOr(fault.durationMs, 0) };
  const bounds = checkFaultTiming(faults.length, timing, scenario.durationMs, instant);
  const checked = checkCandidate({ ...scenario, faults: [...faults, fault] });
  const errors = [...bounds, ...('errors' in checked ? checked.errors : [])];
  if (errors.length > 0 || 'errors' in checked) return refused(errors);
  useDocumentStore.getState().replaceScenario(checked.scenario);
  return { applied: true };
}
