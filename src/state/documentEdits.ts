/**
 * The one door through which the palette and the inspector change the
 * document. A candidate is validated with `validateScenario`; a value the
 * format rejects is NOT applied (the person's last valid scenario is kept) and
 * the path-qualified errors go back to the field that caused them.
 *
 * One kind of problem does not block an edit: a graph that is not finished yet
 * (a new load balancer without targets, a client without its entry edge). Those
 * are reported on a whole node (`nodes[3]`) or on `nodes`; the document keeps
 * them, the editor lists them under "To finish", and Run refuses until they are fixed.
 */
import { useDocumentStore } from './documentStore.ts';
import type { Scenario, ScenarioError } from './scenarioAccess.ts';
import { validateScenario } from './scenarioAccess.ts';

/** What became of an edit. */
export type EditOutcome =
  | { readonly applied: true }
  | { readonly applied: false; readonly errors: readonly ScenarioError[] };

/** Whether an error says only that the graph is unfinished (on a whole node, or on `nodes`). */
export function isIncompleteGraphError(error: ScenarioError): boolean {
  return error.path === 'nodes' || /^nodes\[\d+\]$/.test(error.path);
}

/** The errors of a candidate that block it; empty when it may become the document. */
export function getBlockingErrors(errors: readonly ScenarioError[]): readonly ScenarioError[] {
  return errors.filter((e) => !isIncompleteGraphError(e));
}

/**
 * Check a candidate: the restored scenario when it is valid, the candidate
 * itself when only the graph is unfinished, or the blocking errors.
 */
export function checkCandidate(
  candidate: unknown,
): { readonly scenario: Scenario } | { readonly errors: readonly ScenarioError[] } {
  const result = validateScenario(candidate);
  if (result.ok) return { scenario: result.scenario };
  const blocking = getBlockingErrors(result.errors);
  if (blocking.length > 0) return { errors: blocking };
  // Every field passed its checks; only edges are missing. The candidate was
  // built from a valid scenario by `scenarioEdits`, so it has the Scenario shape.
  return { scenario: candidate as Scenario };
}

/** Validate `candidate` and, unless a value is invalid, make it the document (undoable). */
export function applyCandidate(candidate: unknown): EditOutcome {
  const checked = checkCandidate(candidate);
  if ('errors' in checked) return { applied: false, errors: checked.errors };
  useDocumentStore.getState().replaceScenario(checked.scenario);
  return { applied: true };
}

/** What is missing before the document can run (empty when it is complete). */
export function getUnfinishedErrors(scenario: Scenario): readonly ScenarioError[] {
  const result = validateScenario(scenario);
  return result.ok ? [] : result.errors;
}
