import { computeDebrief } from '../../state/analysis/debrief.ts';
import { buildDebriefInput } from '../../state/analysis/debriefInput.ts';
import { getRunDebriefExtras } from '../../state/analysis/runAlerts.ts';
import { historyToCsv } from '../../state/analysis/csvExport.ts';
import {
  createRunReport,
  exportBaseName,
  runReportToJson,
} from '../../state/analysis/runReport.ts';
import { useDocumentStore } from '../../state/documentStore.ts';
import { metricsHistory } from '../../state/metricsHistory.ts';
import { selectLayout, selectSummary, useRunStore } from '../../state/runStore.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { useHistoryVersion } from '../useHistoryVersion.ts';
import { downloadBlob, downloadText } from './download.ts';
import { svgsToPng } from './svgToPng.ts';

/** The live dashboards' charts (outside the drawer), in page order. */
const CHART_SELECTOR = '.dashboard .recharts-wrapper > svg.recharts-surface';
const TOPOLOGY_SELECTOR = '[data-testid="topology"] svg';

const baseName = (): string => exportBaseName(useDocumentStore.getState().scenario);

function exportCsv(): void {
  downloadText(historyToCsv(metricsHistory), `${baseName()}.csv`, 'text/csv');
}

function exportReport(): void {
  const { summary, layout } = useRunStore.getState();
  const scenario = useDocumentStore.getState().scenario;
  if (summary === null || layout === null) return;
  const debrief = computeDebrief(
    buildDebriefInput(summary, metricsHistory, scenario, getRunDebriefExtras(scenario)),
  );
  const report = createRunReport(scenario, layout, summary, debrief);
  downloadText(runReportToJson(report), `${baseName()}-report.json`, 'application/json');
}

async function exportPng(selector: string, suffix: string): Promise<void> {
  const svgs = [...new Set(document.querySelectorAll<SVGSVGElement>(selector))].filter(
    (svg) => svg.closest('.analysis-drawer') === null,
  );
  if (svgs.length === 0) {
    useViewStore.getState().showBanner('info', 'There is nothing drawn to export yet.');
    return;
  }
  try {
    const parts = svgs.map((svg) => {
      const title = svg.closest('figure')?.querySelector('figcaption')?.textContent;
      return title ? { svg, title } : { svg };
    });
    downloadBlob(await svgsToPng(parts), `${baseName()}-${suffix}.png`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useViewStore.getState().showBanner('error', 'The image could not be exported.', [message]);
  }
}

/** Downloads: every time series as CSV, a JSON report with the scenario, PNGs of the topology and the charts. */
export function ExportPanel() {
  useHistoryVersion(); // re-render as windows arrive, so the buttons enable themselves
  const summary = useRunStore(selectSummary);
  const layout = useRunStore(selectLayout);
  const hasWindows = layout !== null && metricsHistory.getLength() > 0;
  return (
    <section data-testid="export-panel">
      <p className="analysis-note">
        The CSV has one row per window and a column per node and edge metric (units in the header; a
        long run's rows may each span several windows). The report embeds the scenario, so it
        replays exactly.
      </p>
      <div className="analysis-actions">
        <button
          type="button"
          className="button"
          data-testid="export-csv"
          disabled={!hasWindows}
          onClick={exportCsv}
        >
          CSV of every time series
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-report"
          disabled={summary === null}
          onClick={exportReport}
        >
          JSON run report
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-topology-png"
          onClick={() => void exportPng(TOPOLOGY_SELECTOR, 'topology')}
        >
          PNG of the topology
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-charts-png"
          disabled={!hasWindows}
          onClick={() => void exportPng(CHART_SELECTOR, 'charts')}
        >
          PNG of the charts
        </button>
      </div>
      {summary === null && <p className="analysis-note">The report needs a finished run.</p>}
    </section>
  );
}
