import { selectStatus, useRunStore } from '../../state/runStore.ts';
import { getRunEditNotice } from './runEditNotice.ts';

/** Says what an edit does to a run under way (running or paused), which fields change it live, and how to inject a fault. */
export function RunEditNotice() {
  const status = useRunStore(selectStatus);
  const notice = getRunEditNotice(status);
  if (notice === null) return null;
  return (
    <p className="run-edit-notice" role="note" data-testid="run-edit-notice" data-status={status}>
      {notice}
    </p>
  );
}
