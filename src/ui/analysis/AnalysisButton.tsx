import {
  selectAnalysisOpen,
  useAnalysisViewStore,
} from '../../state/analysis/analysisViewStore.ts';

/** Opens and closes the analysis drawer (compare, theory, debrief, traces, export). */
export function AnalysisButton() {
  const open = useAnalysisViewStore(selectAnalysisOpen);
  return (
    <button
      type="button"
      className="button"
      data-testid="analysis-button"
      aria-expanded={open}
      aria-controls="analysis-drawer"
      onClick={() => useAnalysisViewStore.getState().toggle()}
    >
      Analysis
    </button>
  );
}
