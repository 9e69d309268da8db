import { useMemo, useState } from 'react';
import { selectChartWindow, useChartViewStore } from '../state/chartViewStore.ts';
import { selectScenario, useDocumentStore } from '../state/documentStore.ts';
import { selectLayout, useRunStore } from '../state/runStore.ts';
import { AlertLog } from './control/AlertLog.tsx';
import type { DashboardTab } from './dashboard/DashboardTabs.tsx';
import { DashboardTabs } from './dashboard/DashboardTabs.tsx';
import { FailurePanels } from './dashboard/FailurePanels.tsx';
import { ResiliencePanels } from './dashboard/ResiliencePanels.tsx';
import { TrafficPanels } from './dashboard/TrafficPanels.tsx';
import { ChartViewControls } from './dashboard/ChartViewControls.tsx';
import { getTimeDomain } from './dashboard/timeAxis.tsx';
import { useAlertMarkers } from './useAlertMarkers.ts';
import { useTimeMarkers } from './useTimeMarkers.ts';
import { countRender } from './renderCounts.ts';

/**
 * Live charts in three tabs — Traffic, Failures, Resilience — every time chart
 * marked with the fault windows and the alerts that fired; the alert log below
 * them whatever the tab. Only the open tab is mounted; its panels re-render when
 * the history version changes, this component does not.
 */
export function Dashboard() {
  countRender('Dashboard');
  const layout = useRunStore(selectLayout);
  const scenario = useDocumentStore(selectScenario);
  const durationS = (layout?.durationMs ?? scenario.durationMs) / 1000;
  const wholeRun = useChartViewStore(selectChartWindow) === 'all';
  const domain = useMemo(() => getTimeDomain(durationS, wholeRun), [durationS, wholeRun]);
  const markers = useTimeMarkers(useAlertMarkers());
  const [tab, setTab] = useState<DashboardTab>('traffic');
  return (
    <section className="panel dashboard" aria-label="Live metrics">
      <DashboardTabs value={tab} onChange={setTab} />
      <ChartViewControls />
      <div
        id="dashboard-tabpanel"
        role="tabpanel"
        aria-labelledby={`dashboard-tab-${tab}`}
        className="dashboard-body"
      >
        {tab === 'traffic' && <TrafficPanels domain={domain} markers={markers} />}
        {tab === 'failures' && <FailurePanels domain={domain} markers={markers} />}
        {tab === 'resilience' && <ResiliencePanels domain={domain} markers={markers} />}
      </div>
      <AlertLog />
    </section>
  );
}
