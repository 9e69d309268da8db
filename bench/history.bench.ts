/**
 * Memory of the app's metrics history over a one-hour simulated run: the
 * full-stack topology (13 nodes, 16 edges) for 3,600 windows, every window
 * pushed into the same bounded history the page uses. Prints the history's
 * size and the heap every 10 simulated minutes, and writes
 * `.reports/bench-history.json`. Run with `npm run bench:history` (`node --expose-gc` through tsx):
 * `node --expose-gc --import tsx bench/history.bench.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createSimulation } from '../src/engine/index.ts';
import { createMetricsHistory, DEFAULT_HISTORY_CAPACITY } from '../src/state/metricsHistory.ts';
import { packEdgeFrames, packFrames } from '../src/worker/batch.ts';
import { fixtureSpec } from './scenarios.ts';

const HOUR_MS = 3_600_000;
const spec = fixtureSpec('full-stack.json', HOUR_MS);
const sim = createSimulation(spec);
const history = createMetricsHistory();
history.reset(sim.layout);
const gc = (globalThis as { gc?: () => void }).gc;
/** JS heap plus typed-array buffers (the history's storage lives outside the heap). */
const heapMB = (): number => {
  gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};

const windowBytes =
  (sim.layout.rows * sim.layout.metrics.length +
    sim.layout.edges.length * sim.layout.edgeMetrics.length) *
  8;
const samples: {
  simMinutes: number;
  windows: number;
  slots: number;
  resolution: number;
  heapMB: number;
}[] = [];
const startHeap = heapMB();
for (let minute = 10; minute <= 60; minute += 10) {
  sim.runUntil(minute * 60_000);
  const frames = sim.drainFrames();
  history.push(
    packFrames(frames, sim.layout.rows),
    frames.length,
    history.getTotalPushed(),
    packEdgeFrames(frames, sim.layout.edges.length),
  );
  samples.push({
    simMinutes: minute,
    windows: history.getTotalPushed(),
    slots: history.getLength(),
    resolution: history.getResolution(),
    heapMB: heapMB(),
  });
}

const historyMB = ((DEFAULT_HISTORY_CAPACITY + 1) * windowBytes) / 2 ** 20;
const unboundedMB = (3600 * windowBytes) / 2 ** 20;
console.log(
  `one window: ${windowBytes} bytes; history buffer ${historyMB.toFixed(2)} MB (unbounded would reach ${unboundedMB.toFixed(2)} MB)`,
);
console.log(
  `heap + array buffers before the run: ${startHeap.toFixed(1)} MB${gc ? '' : ' (run with --expose-gc for stable numbers)'}`,
);
for (const s of samples)
  console.log(
    `  ${String(s.simMinutes).padStart(2)} min: ${s.windows} windows in ${s.slots} slots (×${s.resolution}), heap + array buffers ${s.heapMB.toFixed(1)} MB`,
  );

mkdirSync('.reports', { recursive: true });
writeFileSync(
  '.reports/bench-history.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu: os.cpus()[0]?.model,
      windowBytes,
      historyMB,
      unboundedMB,
      startHeap,
      samples,
    },
    null,
    2,
  ),
);
