import { selectSummary, useRunStore } from '../state/runStore.ts';
import { formatCount, formatMs, formatRate } from './format.ts';
import { SummaryNodeDetails } from './SummaryNodeDetails.tsx';
import { countRender } from './renderCounts.ts';

/** Whole-run results after warm-up, shown when a run has finished. */
export function SummaryPanel() {
  countRender('SummaryPanel');
  const summary = useRunStore(selectSummary);
  if (summary === null) return null;
  const { totals } = summary;
  const items = [
    ['requests', 'Requests', formatCount(totals.requests)],
    ['succeeded', 'Succeeded', formatCount(totals.succeeded)],
    ['failed', 'Failed', formatCount(totals.failed)],
    ['throughput', 'Throughput', `${formatRate(totals.throughputPerSec)} /s`],
    ['degraded', 'Degraded', formatCount(totals.degraded)],
    ['goodput', 'Goodput', `${formatRate(totals.goodputPerSec)} /s`],
    ['p50', 'p50', formatMs(totals.latencyMs.p50)],
    ['p95', 'p95', formatMs(totals.latencyMs.p95)],
    ['p99', 'p99', formatMs(totals.latencyMs.p99)],
    ['p999', 'p99.9', formatMs(totals.latencyMs.p999)],
  ] as const;
  return (
    <section className="panel summary-panel" data-testid="summary" aria-labelledby="summary-title">
      <header className="panel-header">
        <h2 id="summary-title">Run summary</h2>
        <span className="panel-hint">after warm-up, as the clients saw it</span>
      </header>
      <dl className="summary-grid">
        {items.map(([key, label, value]) => (
          <div key={key} className="summary-item">
            <dt>{label}</dt>
            <dd data-testid={`summary-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <SummaryNodeDetails summary={summary} />
    </section>
  );
}
