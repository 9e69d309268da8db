/**
 * Run one scenario to its end, as fast as possible, on a runner of its own and
 * keep everything it produced: every window (in a history of its own), the
 * sampled hops and the summary. Used by the A/B comparison, which must not
 * disturb the live run.
 */
import type { MetricsBatch, SimRunner } from '../../worker/client.ts';
import type { MetricsLayout, RunSummary } from '../metricsAccess.ts';
import type { MetricsHistory } from '../metricsHistory.ts';
import { createMetricsHistory } from '../metricsHistory.ts';
import type { Scenario } from '../scenarioAccess.ts';

/** Everything one finished run produced. */
export interface CapturedRun {
  readonly scenario: Scenario;
  readonly layout: MetricsLayout;
  readonly history: MetricsHistory;
  readonly summary: RunSummary;
}

export type CaptureResult =
  | { readonly ok: true; readonly run: CapturedRun }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Load `scenario` on `runner`, run it at full speed and resolve with the finished run. */
export async function captureRun(runner: SimRunner, scenario: Scenario): Promise<CaptureResult> {
  const loaded = await runner.load(scenario);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const history = createMetricsHistory();
  history.reset(loaded.layout);
  await runner.setSpeed('max');
  const summary = await new Promise<RunSummary>((resolve) => {
    const onBatch = (batch: MetricsBatch): void => {
      history.push(batch.frames, batch.frameCount, batch.firstWindow, batch.edgeFrames);
      if (batch.status === 'finished' && batch.summary) resolve(batch.summary);
    };
    void runner.start(onBatch);
  });
  await runner.stop();
  return { ok: true, run: { scenario, layout: loaded.layout, history, summary } };
}
