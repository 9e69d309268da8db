/**
 * What the editor says about editing during a run, by the run's status: a
 * live-editable field changes it at once; any other edit stops the run, and only a running run starts again by itself (see
 * `state/app.ts`); a live fault (right-click) is recorded without stopping.
 */
import { assertNever } from '../../lib/assertNever.ts';
import type { RunPhase } from '../../state/runStore.ts';

const LIVE_FIELDS =
  'A client’s rate and read ratio, a balancer’s strategy (not a key-hashing one), a service’s workers, instances, queue, service time and error rate, a database’s workers, queue and times, and an edge’s latency, timeout and retries change it at once.';

const LIVE_FAULT =
  'To inject a fault without stopping, right-click a node. Live changes and faults are recorded into the scenario at the current time, so a copied link replays them.';

/** The notice for `status`, or null when no run is under way. */
export function getRunEditNotice(status: RunPhase): string | null {
  switch (status) {
    case 'running':
      return `A run is in progress. ${LIVE_FIELDS} Any other change stops it and starts it again from 0 s with your change. ${LIVE_FAULT}`;
    case 'paused':
      return `The run is paused. Resume continues it. ${LIVE_FIELDS} Any other change ends it (press Run to start again from 0 s with your change). ${LIVE_FAULT}`;
    case 'idle':
    case 'loading':
    case 'finished':
    case 'error':
      return null;
    default:
      return assertNever(status);
  }
}
