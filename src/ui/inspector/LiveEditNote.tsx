import { describeLiveFields } from '../../state/liveEdits.ts';
import { selectIsActive, useRunStore } from '../../state/runStore.ts';
import type { ScenarioNodeKind } from '../../state/scenarioAccess.ts';
import { EDGE_LIVE_FIELDS, LIVE_EDIT_FIELDS } from '../../state/scenarioAccess.ts';

/**
 * During a run: which fields of this node (or edge) change the running
 * simulation at once — recorded as live edits — and that any other change
 * restarts the run.
 */
export function LiveEditNote({ kind }: { readonly kind: ScenarioNodeKind | null }) {
  const active = useRunStore(selectIsActive);
  if (!active) return null;
  const fields = Object.keys(kind === null ? EDGE_LIVE_FIELDS : LIVE_EDIT_FIELDS[kind]);
  return (
    <p
      className="inspector-live-note"
      data-testid="inspector-live-note"
      title={describeLiveFields()}
    >
      {fields.length === 0
        ? 'Run in progress: changing this node restarts the run from 0 s.'
        : `Run in progress: ${fields.join(', ')} change the run now (recorded as live edits, in the link); other changes restart it from 0 s.`}
    </p>
  );
}
