/**
 * Runs fixtures in the real simulation worker at "as fast as possible" and
 * publishes requests per wall second on `window.benchResults`. Opened by
 * `bench/worker.bench.ts` through Vite's dev server in Chromium.
 */
import { METRIC, METRIC_COUNT } from '../src/engine/index.ts';
import { createSimRunner, type MetricsBatch } from '../src/worker/client.ts';
import mm4 from '../src/scenario/fixtures/mm4-rho-0.9.json';
import defaultTopology from '../src/scenario/fixtures/default.json';

interface BenchResult {
  name: string;
  requests: number;
  wallMs: number;
  requestsPerSec: number;
  batches: number;
  maxBatchesPerSec: number;
}

async function measure(name: string, scenario: object, durationMs: number): Promise<BenchResult> {
  const runner = createSimRunner();
  const loaded = await runner.load({ ...scenario, durationMs });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const rows = loaded.layout.rows;
  await runner.setSpeed('max');
  let requests = 0;
  const stamps: number[] = [];
  const t0 = performance.now();
  const finished = new Promise<number>((resolve) => {
    void runner.start((batch: MetricsBatch) => {
      stamps.push(performance.now());
      const o = (rows - 1) * METRIC_COUNT;
      for (let f = 0; f < batch.frameCount; f++) {
        const base = f * rows * METRIC_COUNT + o;
        requests +=
          (batch.frames[base + METRIC.completed] ?? 0) + (batch.frames[base + METRIC.failed] ?? 0);
      }
      if (batch.status === 'finished') resolve(performance.now());
    });
  });
  const t1 = await finished;
  runner.terminate();
  const wallMs = t1 - t0;
  let maxPerSec = 0;
  for (let i = 0; i < stamps.length; i++) {
    const inWindow = stamps.filter((s) => s >= stamps[i]! && s < stamps[i]! + 1000).length;
    maxPerSec = Math.max(maxPerSec, inWindow);
  }
  return {
    name,
    requests,
    wallMs,
    requestsPerSec: (requests / wallMs) * 1000,
    batches: stamps.length,
    maxBatchesPerSec: maxPerSec,
  };
}

async function main(): Promise<void> {
  const results: BenchResult[] = [];
  await measure('warm-up', mm4, 200_000);
  results.push(await measure('M/M/4 ρ=0.9', mm4, 4_000_000));
  results.push(await measure('default topology', defaultTopology, 2_000_000));
  (window as unknown as { benchResults: BenchResult[] }).benchResults = results;
  document.getElementById('out')!.textContent = JSON.stringify(results, null, 2);
}

void main();
