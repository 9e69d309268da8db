import { useEffect, useRef, useState } from 'react';
import { describeOutcome } from '../../state/editorCommands.ts';
import { deleteFaultAt, retimeFaultAt } from '../../state/faultCommands.ts';
import { selectIsActive, useRunStore, type RunState } from '../../state/runStore.ts';
import { createFaultTimelineController } from './createFaultTimelineController.ts';
import { FaultPalette } from './FaultPalette.tsx';
import { LiveEditList } from './LiveEditList.tsx';
import { formatWindowSpan } from './timelineMath.ts';
import type { FaultTimelineController } from './timelineTypes.ts';
import { useFaultTimelineModel } from './useFaultTimelineModel.ts';
import { countRender } from '../renderCounts.ts';

type Report = (errors: readonly string[]) => void;

/** Where the playhead stands: the simulated clock while a run is under way, else hidden. */
const getPlayheadMs = (s: RunState): number | null => (selectIsActive(s) ? s.simTimeMs : null);

/** Delete window `index`; report why not, or clear the selection. */
function deleteWindow(index: number, report: Report, select: (index: null) => void): void {
  const outcome = deleteFaultAt(index);
  report(describeOutcome(outcome));
  if (outcome.applied) select(null);
}

/**
 * The fault timeline panel: every fault of the scenario as a window in its
 * target's lane, draggable (D3 controller), with the palette to add one and
 * the reason beside any change the document refuses.
 */
export function FaultTimeline() {
  countRender('FaultTimeline');
  const hostRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<FaultTimelineController | null>(null);
  const { windows, lanes, durationMs } = useFaultTimelineModel();
  const active = useRunStore(selectIsActive);
  const [selected, setSelected] = useState<number | null>(null);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [adding, setAdding] = useState(false);
  const selectedIndex = selected !== null && selected < windows.length ? selected : null;
  const chosen = selectedIndex === null ? undefined : windows[selectedIndex];

  useEffect(() => {
    if (hostRef.current === null) return;
    const controller = createFaultTimelineController(hostRef.current, {
      onChange: (index, timing) => {
        const outcome = retimeFaultAt(index, timing);
        setErrors(describeOutcome(outcome));
        return outcome.applied;
      },
      onSelect: setSelected,
      onDelete: (index) => deleteWindow(index, setErrors, setSelected),
    });
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useEffect(() => {
    const playheadMs = getPlayheadMs(useRunStore.getState());
    controllerRef.current?.update({ windows, lanes, durationMs, playheadMs, selectedIndex });
  }, [windows, lanes, durationMs, active, selectedIndex]);

  // The clock moves the playhead without re-rendering the panel.
  useEffect(
    () =>
      useRunStore.subscribe((state) => controllerRef.current?.setPlayhead(getPlayheadMs(state))),
    [],
  );

  return (
    <section
      className="panel timeline-panel"
      aria-labelledby="timeline-title"
      data-testid="fault-timeline"
    >
      <header className="panel-header">
        <h2 id="timeline-title">Fault timeline</h2>
        <span
          className="panel-hint"
          title="Drag a window to move it, drag its ends to resize it (100 ms steps). Keyboard: Tab to a window, ←/→ move it 1 s (Alt: 100 ms), Shift+←/→ shorten or lengthen it, Delete removes it. Ctrl+Z undoes."
        >
          {chosen === undefined ? (
            'Drag to move, ends to resize'
          ) : (
            <span data-testid="fault-selected">
              <b>{chosen.label}</b> on {chosen.laneKey.replace('→', ' → ')} ·{' '}
              {formatWindowSpan(chosen, durationMs, chosen.instant)}
            </span>
          )}
        </span>
        {chosen !== undefined && (
          <button
            type="button"
            className="button button-quiet"
            data-testid="fault-delete"
            onClick={() => deleteWindow(chosen.index, setErrors, setSelected)}
          >
            Delete
          </button>
        )}
        <button
          type="button"
          className="button button-quiet"
          data-testid="fault-add-open"
          aria-expanded={adding}
          onClick={() => setAdding((open) => !open)}
        >
          + Add fault
        </button>
      </header>
      {adding && (
        <FaultPalette
          onClose={() => setAdding(false)}
          onAdded={(index) => {
            setAdding(false);
            setSelected(index);
          }}
        />
      )}
      <div ref={hostRef} className="timeline-canvas" data-testid="timeline-canvas" />
      {windows.length === 0 && (
        <p className="timeline-empty">
          No faults yet. Add one with “+ Add fault”, or right-click a node during a run.
        </p>
      )}
      <LiveEditList />
      {errors.length > 0 && (
        <ul className="timeline-errors" role="alert" data-testid="timeline-error">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
