import { useMemo } from 'react';
import type { NodeLatencyPoint } from '../../state/analysis/nodeSeries.ts';
import { getMeanLatencyEstimate, getNodeLatencySeries } from '../../state/analysis/nodeSeries.ts';
import type { MmcPrediction } from '../../state/analysis/theoryOverlay.ts';
import { getTheoryVerdict } from '../../state/analysis/theoryOverlay.ts';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import type { LatencyStats } from '../../engine/index.ts';
import { metricsHistory } from '../../state/metricsHistory.ts';
import { selectSummary, useRunStore } from '../../state/runStore.ts';
import { selectSelectedNodeId, useViewStore } from '../../state/viewStore.ts';
import { formatMs, formatPercent } from '../format.ts';
import { useHistoryVersion } from '../useHistoryVersion.ts';
import { TheoryChart } from './TheoryChart.tsx';

const ROWS = [
  ['mean', 'Mean', 'meanMs'],
  ['p50', 'p50', 'p50Ms'],
  ['p95', 'p95', 'p95Ms'],
  ['p99', 'p99', 'p99Ms'],
] as const satisfies readonly (readonly [keyof LatencyStats, string, keyof MmcPrediction])[];

function relative(measured: number | undefined, predicted: number): string {
  if (measured === undefined || !Number.isFinite(measured)) return '—';
  const r = (measured - predicted) / predicted;
  return `${r > 0 ? '+' : ''}${(r * 100).toFixed(1)} %`;
}

function TheoryTable(props: {
  readonly prediction: MmcPrediction;
  readonly measured: LatencyStats | null;
}) {
  const { prediction, measured } = props;
  return (
    <table className="analysis-table" data-testid="theory-table">
      <thead>
        <tr>
          <th scope="col">Sojourn</th>
          <th scope="col">Theory</th>
          <th scope="col">Measured</th>
          <th scope="col">Difference</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([key, label, theoryKey]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td data-testid={`theory-predicted-${key}`}>{formatMs(prediction[theoryKey])}</td>
            <td data-testid={`theory-measured-${key}`}>
              {formatMs(measured?.[key] ?? Number.NaN)}
            </td>
            <td data-testid={`theory-diff-${key}`}>
              {relative(measured?.[key], prediction[theoryKey])}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function useNodeSeries(nodeId: string): NodeLatencyPoint[] {
  const version = useHistoryVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the version stands for the non-reactive history
  return useMemo(() => getNodeLatencySeries(metricsHistory, nodeId), [nodeId, version]);
}

/** How far one run's mean may be from the truth by chance alone (batch means). */
function MeanInterval({ nodeId }: { readonly nodeId: string }) {
  const version = useHistoryVersion();
  const estimate = useMemo(
    () => getMeanLatencyEstimate(metricsHistory, nodeId),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the version stands for the non-reactive history
    [nodeId, version],
  );
  if (estimate === null) return null;
  return (
    <p className="analysis-note" data-testid="theory-interval">
      One run is a sample: the measured mean is{' '}
      <span data-testid="theory-interval-mean">{formatMs(estimate.mean)}</span> ±{' '}
      <span data-testid="theory-interval-half">{formatMs(estimate.halfWidth95)}</span> (95 %
      confidence, {estimate.batches} batch means). Theory inside that range is agreement.
    </p>
  );
}

function Prediction({
  nodeId,
  prediction,
}: {
  readonly nodeId: string;
  readonly prediction: MmcPrediction;
}) {
  const summary = useRunStore(selectSummary);
  const series = useNodeSeries(nodeId);
  const measured = summary?.nodes[nodeId]?.latencyMs ?? null;
  const { servers, instances, arrivalPerSec, serviceMeanMs, utilization, waitProbability } =
    prediction;
  return (
    <>
      <p className="analysis-note" data-testid="theory-model">
        M/M/{servers}
        {instances > 1 ? ` × ${instances} instances (random split)` : ''}: λ = {arrivalPerSec} /s
        per instance, mean service {serviceMeanMs} ms, ρ = {formatPercent(utilization)}, an arrival
        waits with probability {formatPercent(waitProbability)} (Erlang C).
      </p>
      <TheoryTable prediction={prediction} measured={measured} />
      {measured === null ? (
        <p className="analysis-note">Run the scenario to the end to fill in the measured column.</p>
      ) : (
        <MeanInterval nodeId={nodeId} />
      )}
      <TheoryChart data={series} prediction={prediction} />
    </>
  );
}

/** Queueing theory against the simulation, for the selected node when it is an M/M/c station. */
export function TheoryPanel() {
  const nodeId = useViewStore(selectSelectedNodeId);
  const scenario = useDocumentStore(selectScenario);
  const verdict = useMemo(
    () => (nodeId === null ? null : getTheoryVerdict(scenario, nodeId)),
    [scenario, nodeId],
  );
  if (nodeId === null || verdict === null)
    return (
      <p className="analysis-note">Select a service on the canvas to compare it with theory.</p>
    );
  return (
    <section data-testid="theory-panel">
      <h3>{nodeId}</h3>
      {verdict.ok ? (
        <Prediction nodeId={nodeId} prediction={verdict} />
      ) : (
        <div data-testid="theory-not-applicable">
          <p className="analysis-note">Not an M/M/c station because:</p>
          <ul>
            {verdict.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
