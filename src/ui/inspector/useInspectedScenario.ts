import { useCallback, useMemo } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { countEditsBy, getScenarioAt } from '../../state/liveEdits.ts';
import type { Scenario } from '../../state/scenarioAccess.ts';
import { selectIsActive, useRunStore, type RunState } from '../../state/runStore.ts';

/**
 * The scenario the inspector shows. While a run is under way: the values in
 * force now — the base values with the edits made by the current simulated
 * time. Otherwise the base values (what an edit then changes). Re-renders only
 * when another edit takes effect, not on every clock tick.
 */
export function useInspectedScenario(): { readonly scenario: Scenario; readonly live: boolean } {
  const base = useDocumentStore(selectScenario);
  const live = useRunStore(selectIsActive);
  const selectApplied = useCallback(
    (s: RunState) => (live ? countEditsBy(base, s.simTimeMs) : 0),
    [base, live],
  );
  const applied = useRunStore(selectApplied);
  const scenario = useMemo(() => {
    if (applied === 0) return base;
    const inForce = [...(base.edits ?? [])]
      .sort((a, b) => a.atMs - b.atMs)
      .slice(0, applied)
      .at(-1);
    return inForce === undefined ? base : getScenarioAt(base, inForce.atMs);
  }, [base, applied]);
  return { scenario, live };
}
