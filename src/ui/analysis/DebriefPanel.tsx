import { useMemo } from 'react';
import { computeDebrief } from '../../state/analysis/debrief.ts';
import { buildDebriefInput } from '../../state/analysis/debriefInput.ts';
import { getRunDebriefExtras } from '../../state/analysis/runAlerts.ts';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { metricsHistory } from '../../state/metricsHistory.ts';
import { selectSummary, useRunStore } from '../../state/runStore.ts';
import { formatCount, formatMs, formatRate, formatSeconds } from '../format.ts';
import { FailureCauses, FaultRecoveries, FiredAlerts, SloVerdicts } from './DebriefSections.tsx';

/** The end-of-run debrief: headline, key numbers, SLO verdicts, failures, faults and alerts. */
export function DebriefPanel() {
  const summary = useRunStore(selectSummary);
  const scenario = useDocumentStore(selectScenario);
  const debrief = useMemo(
    () =>
      summary === null
        ? null
        : computeDebrief(
            buildDebriefInput(summary, metricsHistory, scenario, getRunDebriefExtras(scenario)),
          ),
    [summary, scenario],
  );
  if (debrief === null)
    return <p className="analysis-note">The debrief appears when a run ends. Press Run.</p>;
  const numbers = [
    ['requests', 'Requests', formatCount(debrief.requests)],
    [
      'peak-p99',
      'Peak p99 (worst window)',
      debrief.peakP99
        ? `${formatMs(debrief.peakP99.valueMs)} at ${formatSeconds(debrief.peakP99.atMs)}`
        : '–',
    ],
    ['error-rate', 'Error rate', `${(debrief.errorRate * 100).toFixed(2)} %`],
    ['availability', 'Availability', `${(debrief.availability * 100).toFixed(3)} %`],
    ['goodput', 'Goodput', `${formatRate(debrief.goodputPerSec)} successful /s`],
  ] as const;
  return (
    <section data-testid="debrief">
      <p className="debrief-headline" data-testid="debrief-headline">
        {debrief.headline}
      </p>
      <SloVerdicts debrief={debrief} />
      <dl className="summary-grid">
        {numbers.map(([key, label, value]) => (
          <div key={key} className="summary-item">
            <dt>{label}</dt>
            <dd data-testid={`debrief-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>Failures</h3>
      <FailureCauses debrief={debrief} />
      <h3>Faults and recovery</h3>
      <FaultRecoveries debrief={debrief} />
      <h3>Alerts</h3>
      <FiredAlerts debrief={debrief} />
    </section>
  );
}
