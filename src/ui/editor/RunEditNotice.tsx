import { selectIsActive, useRunStore } from '../../state/runStore.ts';

/** Says what an edit does to a run in progress, which fields change it live, and how to inject a fault. */
export function RunEditNotice() {
  const active = useRunStore(selectIsActive);
  if (!active) return null;
  return (
    <p className="run-edit-notice" role="note" data-testid="run-edit-notice">
      A run is in progress. A client&rsquo;s rate and read ratio, a balancer&rsquo;s strategy (not a
      key-hashing one), a service&rsquo;s workers, instances, queue, service time and error rate, a
      database&rsquo;s workers, queue and times, and an edge&rsquo;s latency, timeout and retries
      change it at once. Any other change stops it; a running run starts again from 0 s. To inject a
      fault without stopping, right-click a node. Live changes and faults are recorded into the
      scenario at the current time, so a copied link replays them.
    </p>
  );
}
