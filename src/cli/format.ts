/**
 * Human-readable output of a run (without `--json`): totals, one row per node,
 * then the kind-specific sections (`details.ts`).
 */
import { count, fixed, percent, seconds, table } from './cells.ts';
import { formatControl } from './controlDetails.ts';
import { formatDetails } from './details.ts';
import type { CliReport } from './run.ts';

/** Kinds with workers, whose utilization means something. */
const WORKERS = new Set(['service', 'database']);

/** Columns of the per-node table: header and how to read the cell. */
const COLUMNS: readonly { readonly header: string; readonly cell: (n: NodeRow) => string }[] = [
  { header: 'node', cell: (n) => n.id },
  { header: 'kind', cell: (n) => n.kind },
  { header: 'arrivals', cell: (n) => count(n.arrivals) },
  { header: 'completed', cell: (n) => count(n.completed) },
  { header: 'failed', cell: (n) => count(n.failed) },
  { header: 'util', cell: (n) => (WORKERS.has(n.kind) ? percent(n.utilization) : '–') },
  { header: 'mean queue', cell: (n) => fixed(n.meanQueueLength) },
  { header: 'p50 ms', cell: (n) => fixed(n.p50) },
  { header: 'p95 ms', cell: (n) => fixed(n.p95) },
  { header: 'p99 ms', cell: (n) => fixed(n.p99) },
];

interface NodeRow {
  readonly id: string;
  readonly kind: string;
  readonly arrivals: number;
  readonly completed: number;
  readonly failed: number;
  readonly utilization: number;
  readonly meanQueueLength: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** The whole report as lines of text, ready to print. */
export function formatReport(report: CliReport): string {
  const t = report.totals;
  const lat = t.latencyMs;
  const lines = [
    `${report.name}  (seed ${report.seed})`,
    `simulated ${seconds(report.simulatedMs)} in ${fixed(report.wallMs)} ms wall time, ${count(report.events)} events`,
    '',
    `requests   ${count(t.requests)}   succeeded ${count(t.succeeded)}   failed ${count(t.failed)}   throughput ${fixed(t.throughputPerSec)}/s`,
    ...(t.degraded > 0
      ? [
          `degraded   ${count(t.degraded)} (answered by a fallback)   goodput ${fixed(t.goodputPerSec)}/s`,
        ]
      : []),
    `latency ms mean ${fixed(lat.mean)}   p50 ${fixed(lat.p50)}   p95 ${fixed(lat.p95)}   p99 ${fixed(lat.p99)}   p99.9 ${fixed(lat.p999)}   max ${fixed(lat.max)}`,
    '',
    ...formatTable(toRows(report)),
    ...formatDetails(report.nodes),
    ...formatControl(report),
  ];
  return `${lines.join('\n')}\n`;
}

function toRows(report: CliReport): NodeRow[] {
  return Object.entries(report.nodes).map(([id, n]) => ({
    id,
    kind: n.kind,
    arrivals: n.arrivals,
    completed: n.completed,
    failed: n.failed,
    utilization: n.utilization,
    meanQueueLength: n.meanQueueLength,
    p50: n.latencyMs.p50,
    p95: n.latencyMs.p95,
    p99: n.latencyMs.p99,
  }));
}

/** Left-align the first two columns (names), right-align the numbers. */
function formatTable(rows: readonly NodeRow[]): string[] {
  return table(
    [COLUMNS.map((c) => c.header), ...rows.map((row) => COLUMNS.map((c) => c.cell(row)))],
    (i) => i < 2,
  );
}
