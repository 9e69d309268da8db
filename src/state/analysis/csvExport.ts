/**
 * Every time series of a run as CSV: one row per kept window (or down-sampled
 * slot), a column per `node.metric` (the totals row as `totals.metric`) and per
 * `from->to.metric` edge metric, each header carrying its unit. Counts are per
 * row (a down-sampled row spans `windows` windows), so column sums are run totals.
 */
import { METRIC_MERGE } from '../historyMerge.ts';
import type { EdgeMetricName, MetricName } from '../metricsAccess.ts';
import type { MetricsHistory } from '../metricsHistory.ts';

const LEVEL_UNITS: Partial<Record<MetricName | EdgeMetricName, string>> = {
  latencyMean: 'ms',
  latencyP50: 'ms',
  latencyP95: 'ms',
  latencyP99: 'ms',
  latencyP999: 'ms',
  latencyMax: 'ms',
  utilization: 'ratio',
  meanInFlight: 'calls',
  meanQueueLength: 'calls',
  inFlight: 'calls',
  breakerState: '-1 none 0 closed 1 half-open 2 open',
};

/** The unit of a node metric's column. */
export function metricUnit(metric: MetricName | EdgeMetricName): string {
  const unit = LEVEL_UNITS[metric];
  if (unit !== undefined) return unit;
  return metric in METRIC_MERGE && METRIC_MERGE[metric as MetricName] !== 'sum' ? 'level' : 'count';
}

const quote = (cell: string): string =>
  /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
const num = (v: number): string => (Number.isFinite(v) ? String(v) : '');

/** The CSV text of a history; an empty string when there is nothing to export. */
export function historyToCsv(history: MetricsHistory): string {
  const layout = history.getLayout();
  if (!layout || history.getLength() === 0) return '';
  const rowNames = [...layout.nodeIds, 'totals'];
  const edgeNames = layout.edges.map(
    ([a, b]) => `${layout.nodeIds[a] ?? a}->${layout.nodeIds[b] ?? b}`,
  );
  const header = ['window_start [s]', 'window_end [s]', 'windows [count]'];
  rowNames.forEach((id) =>
    layout.metrics.forEach((m) => header.push(`${id}.${m} [${metricUnit(m)}]`)),
  );
  edgeNames.forEach((id) =>
    layout.edgeMetrics.forEach((m) => header.push(`${id}.${m} [${metricUnit(m)}]`)),
  );
  const lines = [header.map(quote).join(',')];
  for (let i = 0; i < history.getLength(); i++) {
    const cells = [
      num((history.getWindowIndex(i) * layout.windowMs) / 1000),
      num(history.getWindowEndMs(i) / 1000),
      num(history.getWindowSpan(i)),
    ];
    rowNames.forEach((_, row) =>
      layout.metrics.forEach((m) => cells.push(num(history.getValue(i, row, m)))),
    );
    edgeNames.forEach((_, e) =>
      layout.edgeMetrics.forEach((m) => cells.push(num(history.getEdgeValue(i, e, m)))),
    );
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Parse CSV text (RFC 4180 quoting) into rows of cells; used by tests and by anyone re-reading an export. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  const endRow = (): void => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) cell += ch;
    else if (ch === ',') endCell();
    else if (ch === '\n') endRow();
    else cell += ch;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
