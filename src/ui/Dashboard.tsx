import { selectScenario, useDocumentStore } from '../state/documentStore.ts';
import { selectLayout, useRunStore } from '../state/runStore.ts';
import { AlertLog } from './control/AlertLog.tsx';
import { LatencyChart } from './dashboard/LatencyChart.tsx';
import { NodeDetailPanel } from './dashboard/NodeDetailPanel.tsx';
import { NodeTable } from './dashboard/NodeTable.tsx';
import { ThroughputChart } from './dashboard/ThroughputChart.tsx';
import { useTotalsSeries } from './useTotalsSeries.ts';

/** Live charts, the selected node's readings and the per-node table; re-renders only when the history version changes. */
export function Dashboard() {
  const data = useTotalsSeries();
  const layout = useRunStore(selectLayout);
  const scenario = useDocumentStore(selectScenario);
  const durationS = (layout?.durationMs ?? scenario.durationMs) / 1000;
  return (
    <section className="panel dashboard" aria-label="Live metrics">
      <ThroughputChart data={data} durationS={durationS} />
      <LatencyChart data={data} durationS={durationS} />
      <NodeDetailPanel />
      <NodeTable />
      <AlertLog />
    </section>
  );
}
