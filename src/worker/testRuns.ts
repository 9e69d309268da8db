import defaultScenario from '../scenario/fixtures/default.json' with { type: 'json' };
import type { MetricsBatch, Speed } from './protocol.ts';
import { createSimWorkerApi } from './runner.ts';
import { createManualHost } from './testHost.ts';

type Summary = MetricsBatch['summary'];

/** The default scenario cut to 30 s without warm-up, for worker tests. */
export const shortDefaultScenario = () => ({
  ...defaultScenario,
  durationMs: 30_000,
  warmupMs: 0,
});

/**
 * Load `doc` into a worker API on a manual host, start it (at `speed` when
 * given) and let `slices` host slices run. `summary()` is the run's summary
 * once a batch has carried it.
 */
export function startRun(doc: unknown, slices: number, speed?: Speed) {
  const host = createManualHost();
  const api = createSimWorkerApi(host);
  api.load(doc);
  if (speed !== undefined) api.setSpeed(speed);
  let summary: Summary;
  api.start((b) => {
    if (b.summary) summary = b.summary;
  });
  host.runPending(slices);
  return { host, api, summary: (): Summary => summary };
}

/** Run `doc` to its end as fast as possible; its summary. */
export function runToEnd(doc: unknown): Summary {
  return startRun(doc, 100_000, 'max').summary();
}
