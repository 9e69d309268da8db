import { useMemo } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { getEditMarks } from '../../state/liveEdits.ts';
import { formatSeconds } from '../format.ts';

/**
 * The scenario's recorded parameter edits, in time order, under the fault
 * timeline: what changed when (`12.3 s · api-1 workers 4→8`). They are made
 * in the inspector during a run; undo removes the last one.
 */
export function LiveEditList() {
  const scenario = useDocumentStore(selectScenario);
  const marks = useMemo(() => getEditMarks(scenario), [scenario]);
  if (marks.length === 0) return null;
  return (
    <div className="live-edits" data-testid="live-edits">
      <span className="live-edits-title">Live edits</span>
      <ol className="live-edits-list">
        {marks.map((m) => (
          <li key={m.index} data-testid="live-edit-row">
            <span className="live-edits-time">{formatSeconds(m.atMs)}</span> {m.label}
          </li>
        ))}
      </ol>
    </div>
  );
}
