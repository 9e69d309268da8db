/**
 * Headless engine throughput and memory. Prints a table and writes
 * `.reports/bench-engine.json`. Run with `npm run bench`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createSimulation, type ModelSpec } from '../src/engine/index.ts';
import { finishedRequests } from '../src/worker/batch.ts';
import { fixtureSpec } from './scenarios.ts';

interface Result {
  readonly name: string;
  readonly requests: number;
  readonly events: number;
  readonly wallMs: number;
  readonly requestsPerSec: number;
}

/** Requests the clients finished over the whole run so far (warm-up included); drains the windows. */
function finishedSoFar(sim: ReturnType<typeof createSimulation>): number {
  return finishedRequests(sim.drainFrames(), sim.layout.rows);
}

function throughput(name: string, spec: ModelSpec, repeats = 3): Result {
  let best: Result | null = null;
  for (let r = 0; r < repeats; r++) {
    const sim = createSimulation(spec);
    let requests = 0;
    const t0 = performance.now();
    while (!sim.done) {
      sim.runUntil(Infinity, 2_000_000);
      requests += finishedSoFar(sim);
    }
    const wallMs = performance.now() - t0;
    const result = {
      name,
      requests,
      events: sim.events,
      wallMs,
      requestsPerSec: (requests / wallMs) * 1000,
    };
    if (best === null || result.requestsPerSec > best.requestsPerSec) best = result;
  }
  return best!;
}

/** Run ~10 million requests and sample heap and RSS as it goes. */
function memory(spec: ModelSpec): {
  requests: number;
  samples: { requests: number; heapMB: number; rssMB: number }[];
  peakRssMB: number;
} {
  const sim = createSimulation(spec);
  const samples: { requests: number; heapMB: number; rssMB: number }[] = [];
  let requests = 0;
  let peakRss = 0;
  let nextSample = 0;
  while (!sim.done) {
    sim.runUntil(Infinity, 1_000_000);
    requests += finishedSoFar(sim);
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    if (requests >= nextSample) {
      samples.push({ requests, heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 });
      nextSample += 2_000_000;
    }
  }
  return { requests, samples, peakRssMB: peakRss / 2 ** 20 };
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

const results = [
  throughput('M/M/1 ρ=0.9', fixtureSpec('mm1-rho-0.9.json', 2_000_000)),
  throughput('M/M/4 ρ=0.9', fixtureSpec('mm4-rho-0.9.json', 1_000_000)),
  throughput(
    'default topology (client → LB → 3 services, latencies)',
    fixtureSpec('default.json', 1_000_000),
  ),
  throughput(
    'full stack (client → LB → 4 services → cache → shard router → 4 shards)',
    fixtureSpec('full-stack.json', 300_000),
  ),
];
for (const r of results) {
  console.log(
    `${r.name.padEnd(76)} ${fmt(r.requestsPerSec).padStart(11)} req/s  (${fmt(r.requests)} requests, ${fmt(r.events)} events, ${r.wallMs.toFixed(0)} ms)`,
  );
}
const mem = memory(fixtureSpec('mm4-rho-0.9.json', 11_200_000));
console.log(
  `memory over ${fmt(mem.requests)} requests (M/M/4): peak RSS ${mem.peakRssMB.toFixed(0)} MB`,
);
for (const s of mem.samples)
  console.log(
    `  after ${fmt(s.requests).padStart(11)} requests: heap ${s.heapMB.toFixed(1)} MB, RSS ${s.rssMB.toFixed(0)} MB`,
  );

mkdirSync('.reports', { recursive: true });
writeFileSync(
  '.reports/bench-engine.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      results,
      memory: mem,
    },
    null,
    2,
  ),
);
