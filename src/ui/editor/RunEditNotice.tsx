import { selectIsActive, useRunStore } from '../../state/runStore.ts';

/** Says what an edit does to a run in progress (live edits are not recorded yet). */
export function RunEditNotice() {
  const active = useRunStore(selectIsActive);
  if (!active) return null;
  return (
    <p className="run-edit-notice" role="note" data-testid="run-edit-notice">
      A run is in progress. Changing the scenario stops it; a running run starts again from 0 s with
      your change. (Recording changes into a running simulation comes later.)
    </p>
  );
}
