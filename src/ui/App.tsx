import { AnalysisDrawer } from './analysis/AnalysisDrawer.tsx';
import { Banner } from './Banner.tsx';
import { Dashboard } from './Dashboard.tsx';
import { EditorPanel } from './editor/EditorPanel.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { FaultTimeline } from './timeline/FaultTimeline.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TopologyView } from './TopologyView.tsx';
import { selectPresenting, useCanvasSettings } from '../state/canvasSettingsStore.ts';
import { useRunShortcuts, useSystemReducedMotion } from './useRunShortcuts.ts';
import { useUndoShortcuts } from './useUndoShortcuts.ts';
import { countRender } from './renderCounts.ts';

/** The page: toolbar on top, banners, the editor left, the canvas, fault timeline and run summary in the middle, live dashboards right. */
export function App() {
  countRender('App');
  useUndoShortcuts();
  useRunShortcuts();
  useSystemReducedMotion();
  const presenting = useCanvasSettings(selectPresenting);
  return (
    <div className={presenting ? 'app is-presenting' : 'app'} data-testid="app">
      <Toolbar />
      <Banner />
      <main className="workspace">
        <EditorPanel />
        <div className="workspace-main">
          <TopologyView />
          <FaultTimeline />
          <SummaryPanel />
        </div>
        <Dashboard />
      </main>
      <AnalysisDrawer />
    </div>
  );
}
