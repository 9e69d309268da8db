/**
 * The alerts a run fired, for the debrief and the run report, paired from the
 * control log the worker streamed (firing → resolved per rule).
 */
import { useAlertLogStore, type ControlEvent } from '../alertLogStore.ts';
import type { Scenario } from '../scenarioAccess.ts';
import { pairAlertEvents } from './debrief.ts';
import type { DebriefExtras } from './debriefInput.ts';
import type { DebriefAlert } from './debriefTypes.ts';

/** Fired alerts of the log, or undefined when the scenario has no alert rules (nothing to report). */
export function getRunAlerts(
  events: readonly ControlEvent[],
  hasRules: boolean,
): readonly DebriefAlert[] | undefined {
  if (!hasRules) return undefined;
  const changes: { type: 'firing' | 'resolved'; ruleId: string; severity: string; atMs: number }[] =
    [];
  for (const e of events) {
    if (e.kind !== 'alert' || (e.state !== 'firing' && e.state !== 'resolved')) continue;
    changes.push({ type: e.state, ruleId: e.ruleId, severity: e.severity, atMs: e.atMs });
  }
  return pairAlertEvents(changes);
}

/** What the current run adds to its debrief beyond the summary: its fired alerts, when it has rules. */
export function getRunDebriefExtras(scenario: Scenario): DebriefExtras {
  const alerts = getRunAlerts(
    useAlertLogStore.getState().events,
    (scenario.rules?.length ?? 0) > 0,
  );
  return alerts === undefined ? {} : { alerts };
}
