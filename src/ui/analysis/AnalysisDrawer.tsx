import { assertNever } from '../../lib/assertNever.ts';
import type { AnalysisTab } from '../../state/analysis/analysisViewStore.ts';
import {
  ANALYSIS_TABS,
  selectAnalysisOpen,
  selectAnalysisTab,
  useAnalysisViewStore,
} from '../../state/analysis/analysisViewStore.ts';
import './analysis.css';
import { ComparePanel } from './ComparePanel.tsx';
import { DebriefPanel } from './DebriefPanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { useDebriefOnRunEnd } from './useDebriefOnRunEnd.ts';
import { TheoryPanel } from './TheoryPanel.tsx';
import { TracesPanel } from './TracesPanel.tsx';

const TAB_LABELS: Readonly<Record<AnalysisTab, string>> = {
  compare: 'A/B compare',
  theory: 'Theory',
  debrief: 'Debrief',
  traces: 'Traces',
  export: 'Export',
};

function TabBody({ tab }: { readonly tab: AnalysisTab }) {
  switch (tab) {
    case 'compare':
      return <ComparePanel />;
    case 'theory':
      return <TheoryPanel />;
    case 'debrief':
      return <DebriefPanel />;
    case 'export':
      return <ExportPanel />;
    case 'traces':
      return <TracesPanel />;
    default:
      return assertNever(tab);
  }
}

/** A drawer over the dashboards with the analysis tools, one tab each. */
export function AnalysisDrawer() {
  const open = useAnalysisViewStore(selectAnalysisOpen);
  const tab = useAnalysisViewStore(selectAnalysisTab);
  useDebriefOnRunEnd();
  if (!open) return null;
  const view = useAnalysisViewStore.getState();
  return (
    <aside
      id="analysis-drawer"
      className="panel analysis-drawer"
      data-testid="analysis-drawer"
      aria-label="Analysis"
    >
      <header className="panel-header">
        <h2>Analysis</h2>
        <nav className="analysis-tabs" role="tablist">
          {ANALYSIS_TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={t === tab}
              className="analysis-tab"
              data-testid={`analysis-tab-${t}`}
              onClick={() => view.openTab(t)}
            >
              {TAB_LABELS[t]}
            </button>
          ))}
        </nav>
        <button
          type="button"
          className="button button-quiet"
          aria-label="Close analysis"
          onClick={() => view.close()}
        >
          ✕
        </button>
      </header>
      <div className="analysis-body" role="tabpanel">
        <TabBody tab={tab} />
      </div>
    </aside>
  );
}
