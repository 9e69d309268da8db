import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import type { RunPhase } from '../../state/runStore.ts';
import { selectLayout, selectSimTimeMs, selectStatus, useRunStore } from '../../state/runStore.ts';
import { formatDuration, formatSeconds } from '../format.ts';
import { countRender } from '../renderCounts.ts';

const STATUS_TEXT: Readonly<Record<RunPhase, string>> = {
  idle: 'Ready',
  loading: 'Loading…',
  running: 'Running',
  paused: 'Paused',
  finished: 'Finished',
  error: 'Cannot run',
};

/** Simulated clock, `t = 12.0 s / 120 s`, with the run status. */
export function SimClock() {
  countRender('SimClock');
  const simTimeMs = useRunStore(selectSimTimeMs);
  const status = useRunStore(selectStatus);
  const layout = useRunStore(selectLayout);
  const scenario = useDocumentStore(selectScenario);
  const durationMs = layout?.durationMs ?? scenario.durationMs;
  const progress = durationMs > 0 ? Math.min(1, simTimeMs / durationMs) : 0;
  return (
    <div className="clock">
      <span className="clock-text" data-testid="sim-clock" aria-live="off">
        t = {formatSeconds(simTimeMs)} / {formatDuration(durationMs)}
      </span>
      <span className="clock-meta">
        <span className={`status-pill status-${status}`} data-testid="run-status">
          {STATUS_TEXT[status]}
        </span>
        <span className="clock-bar" aria-hidden="true">
          <span className="clock-bar-fill" style={{ width: `${progress * 100}%` }} />
        </span>
      </span>
    </div>
  );
}
