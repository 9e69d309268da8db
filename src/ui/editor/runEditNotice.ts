/**
 * What the editor says about editing during a run, by the run's status: an
 * edit stops the run, and only a running run starts again by itself (see
 * `state/app.ts`); a live fault (right-click) is recorded without stopping.
 */
import { assertNever } from '../../lib/assertNever.ts';
import type { RunPhase } from '../../state/runStore.ts';

const LIVE_FAULT =
  'To inject a fault without stopping, right-click a node: it is recorded into the scenario at the current time, so a copied link replays it.';

/** The notice for `status`, or null when no run is under way. */
export function getRunEditNotice(status: RunPhase): string | null {
  switch (status) {
    case 'running':
      return `A run is in progress. Changing the scenario stops it and starts it again from 0 s with your change. ${LIVE_FAULT}`;
    case 'paused':
      return `The run is paused. Resume continues it; changing the scenario ends it instead (press Run to start again from 0 s with your change). ${LIVE_FAULT}`;
    case 'idle':
    case 'loading':
    case 'finished':
    case 'error':
      return null;
    default:
      return assertNever(status);
  }
}
