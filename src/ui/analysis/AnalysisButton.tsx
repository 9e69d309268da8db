import {
  selectAnalysisOpen,
  useAnalysisViewStore,
} from '../../state/analysis/analysisViewStore.ts';
import { selectSummary, useRunStore } from '../../state/runStore.ts';

/** Opens and closes the analysis drawer (compare, theory, debrief, traces, export). */
export function AnalysisButton() {
  const open = useAnalysisViewStore(selectAnalysisOpen);
  const finished = useRunStore(selectSummary) !== null;
  const view = useAnalysisViewStore.getState();
  return (
    <button
      type="button"
      className="button"
      data-testid="analysis-button"
      aria-expanded={open}
      aria-controls="analysis-drawer"
      title={
        finished ? 'The run ended: open its debrief' : 'Compare, theory, debrief, traces, export'
      }
      onClick={() => (finished && !open ? view.openTab('debrief') : view.toggle())}
    >
      Analysis
      {finished && (
        <span className="analysis-badge" data-testid="debrief-ready">
          debrief
        </span>
      )}
    </button>
  );
}
