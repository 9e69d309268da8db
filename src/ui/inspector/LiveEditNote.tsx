import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { selectIsActive, useRunStore } from '../../state/runStore.ts';
import type { EdgeRef } from '../../state/scenarioEdits.ts';
import type { ScenarioNodeKind } from '../../state/scenarioAccess.ts';
import { EDGE_LIVE_FIELDS, LIVE_EDIT_FIELDS } from '../../state/scenarioAccess.ts';
import { describeLiveFields } from '../../state/liveEdits.ts';

interface LiveEditNoteProps {
  /** The node's kind, or null for an edge. */
  readonly kind: ScenarioNodeKind | null;
  /** The node's id or the edge: whose recorded edits to count. */
  readonly subject: string | EdgeRef;
}

/**
 * During a run: which fields of this node (or edge) change the running
 * simulation at once — recorded as live edits — and that any other change
 * restarts the run. Outside a run, when live edits change this subject later
 * in the run: that the form shows the values at 0 s.
 */
export function LiveEditNote({ kind, subject }: LiveEditNoteProps) {
  const active = useRunStore(selectIsActive);
  const edits = useDocumentStore(selectScenario).edits ?? [];
  const count = edits.filter((e) =>
    typeof subject === 'string'
      ? 'node' in e && e.node === subject
      : 'edge' in e && e.edge.from === subject.from && e.edge.to === subject.to,
  ).length;
  if (!active && count === 0) return null;
  const fields = Object.keys(kind === null ? EDGE_LIVE_FIELDS : LIVE_EDIT_FIELDS[kind]);
  return (
    <p
      className="inspector-live-note"
      data-testid="inspector-live-note"
      title={describeLiveFields()}
    >
      {!active
        ? `Values at 0 s: ${count} live edit${count === 1 ? '' : 's'} change${count === 1 ? 's' : ''} this later in the run (listed under the fault timeline).`
        : fields.length === 0
          ? 'Run in progress: changing this restarts the run from 0 s.'
          : `Live now: ${fields.join(', ')} (recorded as live edits). Other changes restart the run.`}
    </p>
  );
}
