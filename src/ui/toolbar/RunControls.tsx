import { simCommands } from '../../state/app.ts';
import { selectStatus, useRunStore } from '../../state/runStore.ts';

/** Run / Pause / Resume (one button that changes with the status), Step and Reset. */
export function RunControls() {
  const status = useRunStore(selectStatus);
  const busy = status === 'loading';
  return (
    <div className="button-group">
      {status === 'running' ? (
        <button
          type="button"
          className="button button-primary"
          data-testid="pause-button"
          onClick={() => void simCommands.pause()}
        >
          ❚❚ Pause
        </button>
      ) : status === 'paused' ? (
        <button
          type="button"
          className="button button-primary"
          data-testid="resume-button"
          onClick={() => void simCommands.resume()}
        >
          ▶ Resume
        </button>
      ) : (
        <button
          type="button"
          className="button button-primary"
          data-testid="run-button"
          disabled={busy}
          onClick={() => void simCommands.run()}
        >
          ▶ {status === 'finished' ? 'Run again' : 'Run'}
        </button>
      )}
      <button
        type="button"
        className="button"
        data-testid="step-button"
        disabled={busy || status === 'running'}
        title="Advance one metrics window"
        onClick={() => void simCommands.step()}
      >
        Step
      </button>
      <button
        type="button"
        className="button"
        data-testid="stop-button"
        disabled={status === 'idle' || busy}
        title="Stop the run and clear the charts"
        onClick={() => void simCommands.stop()}
      >
        ■ Reset
      </button>
    </div>
  );
}
