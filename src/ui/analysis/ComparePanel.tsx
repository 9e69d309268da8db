import { useMemo } from 'react';
import { compareCommands } from '../../state/analysis/compareCommands.ts';
import type { CompareResult } from '../../state/analysis/compareStore.ts';
import {
  selectBaseline,
  selectCompareErrors,
  selectComparePhase,
  selectCompareResult,
  selectRunningSide,
  useCompareStore,
} from '../../state/analysis/compareStore.ts';
import { joinOverlay } from '../../state/analysis/overlaySeries.ts';
import { diffScenarios } from '../../state/analysis/scenarioDiff.ts';
import { diffSummaries } from '../../state/analysis/summaryDiff.ts';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { CompareCharts } from './CompareCharts.tsx';
import { FieldDiffList, MetricDiffTable } from './CompareTable.tsx';

function CompareResultView({ result }: { readonly result: CompareResult }) {
  const overlay = useMemo(() => joinOverlay(result.a.series, result.b.series), [result]);
  const rows = useMemo(() => diffSummaries(result.a.summary, result.b.summary), [result]);
  const fields = useMemo(() => diffScenarios(result.scenarioA, result.scenarioB), [result]);
  return (
    <section className="compare-result" data-testid="compare-result">
      <h3>Result on seed {result.seed} (A = baseline, B = variant)</h3>
      <MetricDiffTable rows={rows} />
      <CompareCharts data={overlay} />
      <h3>What B changed</h3>
      <FieldDiffList fields={fields} />
    </section>
  );
}

function NoBaseline() {
  return (
    <>
      <p className="analysis-note">
        Freeze the scenario as it is now as <b>A</b>. Then change something in the editor (a
        strategy, a policy, a parameter): that is <b>B</b>. Both run on A&apos;s seed, so every node
        draws the same random numbers and the difference is the change&apos;s alone.
      </p>
      <div className="analysis-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="compare-snapshot"
          onClick={compareCommands.snapshotBaseline}
        >
          Compare: freeze as A
        </button>
      </div>
    </>
  );
}

/** The A/B comparison: baseline, variant, what differs, and the paired run's results. */
export function ComparePanel() {
  const baseline = useCompareStore(selectBaseline);
  const phase = useCompareStore(selectComparePhase);
  const side = useCompareStore(selectRunningSide);
  const result = useCompareStore(selectCompareResult);
  const errors = useCompareStore(selectCompareErrors);
  const scenario = useDocumentStore(selectScenario);
  const pending = useMemo(
    () => (baseline === null ? [] : diffScenarios(baseline, scenario)),
    [baseline, scenario],
  );
  if (baseline === null) return <NoBaseline />;
  const running = phase === 'running';
  return (
    <>
      <p className="analysis-note" data-testid="compare-baseline">
        A: “{baseline.name}”, seed {baseline.seed}. B: the scenario in the editor — fields that
        differ now:
      </p>
      <FieldDiffList fields={pending} />
      <div className="analysis-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="compare-run"
          disabled={running}
          onClick={() => void compareCommands.run()}
        >
          {running ? `Running ${side === 'b' ? 'B' : 'A'}…` : 'Run A and B'}
        </button>
        <button type="button" className="button" onClick={compareCommands.restoreBaseline}>
          Put A back in the editor
        </button>
        <button type="button" className="button" onClick={compareCommands.clear}>
          Forget A
        </button>
      </div>
      {phase === 'error' && (
        <ul className="analysis-errors" data-testid="compare-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {result !== null && <CompareResultView result={result} />}
    </>
  );
}
