import { selectIsActive, useRunStore } from '../../state/runStore.ts';

/** Says what an edit does to a run in progress, and how to inject a fault without stopping it. */
export function RunEditNotice() {
  const active = useRunStore(selectIsActive);
  if (!active) return null;
  return (
    <p className="run-edit-notice" role="note" data-testid="run-edit-notice">
      A run is in progress. Changing the scenario stops it; a running run starts again from 0 s with
      your change. To inject a fault without stopping, right-click a node: it is recorded into the
      scenario at the current time, so a copied link replays it.
    </p>
  );
}
