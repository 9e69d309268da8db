import { Banner } from './Banner.tsx';
import { Dashboard } from './Dashboard.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TopologyView } from './TopologyView.tsx';

/** The page: toolbar on top, banners, the canvas (and run summary) left, live dashboards right. */
export function App() {
  return (
    <div className="app">
      <Toolbar />
      <Banner />
      <main className="workspace">
        <div className="workspace-main">
          <TopologyView />
          <SummaryPanel />
        </div>
        <Dashboard />
      </main>
    </div>
  );
}
