import { useEffect } from 'react';
import { useAnalysisViewStore } from '../../state/analysis/analysisViewStore.ts';
import { selectSummary, useRunStore } from '../../state/runStore.ts';

/**
 * When a run ends with the drawer open, show its debrief. With the drawer
 * closed nothing pops up over the dashboards: the toolbar button offers it.
 */
export function useDebriefOnRunEnd(): void {
  const summary = useRunStore(selectSummary);
  useEffect(() => {
    const view = useAnalysisViewStore.getState();
    if (summary !== null && view.open && view.tab !== 'compare') view.openTab('debrief');
  }, [summary]);
}
