import {
  createSimulation,
  type MetricsLayout,
  type ModelSpec,
  type Simulation,
} from '../engine/index.ts';
import {
  compileScenario,
  formatScenarioError,
  validateScenario,
  type Scenario,
} from '../scenario/index.ts';
import {
  finishedRequests,
  packEdgeFrames,
  packFrames,
  packTraces,
  transferablesOf,
} from './batch.ts';
import {
  BATCH_INTERVAL_MS,
  EVENTS_PER_CHECK,
  Pacer,
  SLICE_BUDGET_MS,
  clampSpeed,
} from './pacing.ts';
import type {
  BatchListener,
  EditResult,
  InjectResult,
  LiveParamEdit,
  LiveFault,
  LoadResult,
  MetricsBatch,
  RunStatus,
  SimWorkerApi,
  Speed,
} from './protocol.ts';

/** What the runner needs from its host (the worker global, or a test harness). */
export interface RunnerHost {
  /** Wall clock, ms. */
  now(): number;
  /** Run `fn` soon, after pending messages (pause, speed…) have been handled. */
  soon(fn: () => void): void;
  /** Run `fn` after `ms` of wall time. */
  later(ms: number, fn: () => void): void;
  /** Mark buffers to be transferred with `value` (comlink's `transfer` in the worker). */
  transfer<T>(value: T, buffers: ArrayBuffer[]): T;
}

/**
 * The simulation runner behind the worker: loads a scenario, drives the engine in
 * wall-time slices (never per event), paces simulated time to the chosen speed,
 * and streams metric batches at a bounded rate. A plain object: tests call it
 * directly or over a MessageChannel.
 */
export function createSimWorkerApi(host: RunnerHost): SimWorkerApi {
  let spec: ModelSpec | null = null;
  /** The loaded scenario, and the running one (with faults injected live). */
  let loaded: Scenario | null = null;
  let current: Scenario | null = null;
  let layout: MetricsLayout | null = null;
  let sim: Simulation | null = null;
  let listener: BatchListener | null = null;
  let status: RunStatus = 'idle';
  let generation = 0;
  let nextWindow = 0;
  let lastEmit = 0;
  let finishedSinceEmit = 0;
  const pacer = new Pacer(1);

  function emit(): void {
    if (sim === null || listener === null || layout === null) return;
    const frames = sim.drainFrames();
    const wall = host.now();
    finishedSinceEmit += finishedRequests(frames, layout.rows);
    const elapsed = wall - lastEmit;
    const batch: MetricsBatch = {
      frameCount: frames.length,
      firstWindow: nextWindow,
      frames: packFrames(frames, layout.rows),
      edgeFrames: packEdgeFrames(frames, layout.edges.length),
      traces: packTraces(sim.drainTraces()),
      controlEvents: sim.drainControlEvents(),
      simTimeMs: sim.now,
      events: sim.events,
      wallRate: elapsed > 0 ? (finishedSinceEmit * 1000) / elapsed : 0,
      status,
      ...(status === 'finished' ? { summary: sim.summary() } : {}),
    };
    nextWindow += frames.length;
    lastEmit = wall;
    finishedSinceEmit = 0;
    const out = host.transfer(batch, transferablesOf(batch.frames, batch.edgeFrames, batch.traces));
    void Promise.resolve(listener(out)).catch(() => undefined);
  }

  function tick(gen: number): void {
    if (gen !== generation || status !== 'running' || sim === null) return;
    const start = host.now();
    const target = pacer.target(start);
    while (!sim.done && sim.now < target && host.now() - start < SLICE_BUDGET_MS) {
      sim.runUntil(target, EVENTS_PER_CHECK);
    }
    const wall = host.now();
    if (sim.now < target && pacer.current !== 'max') pacer.anchor(wall, sim.now); // fell behind: do not burst
    if (sim.done) status = 'finished';
    if (sim.done || wall - lastEmit >= BATCH_INTERVAL_MS) emit();
    if (status !== 'running') return;
    if (pacer.current === 'max') host.soon(() => tick(gen));
    else host.later(16, () => tick(gen));
  }

  function reset(): void {
    generation++;
    sim = null;
    status = 'idle';
    nextWindow = 0;
  }

  return {
    load(scenario: unknown): LoadResult {
      reset();
      const result = validateScenario(scenario);
      if (!result.ok) return { ok: false, errors: result.errors.map(formatScenarioError) };
      spec = compileScenario(result.scenario);
      loaded = result.scenario;
      layout = createSimulation(spec).layout;
      return { ok: true, layout };
    },
    start(l: BatchListener): void {
      if (spec === null) throw new Error('no scenario loaded: call load first');
      reset();
      listener = l;
      current = loaded;
      sim = createSimulation(spec);
      status = 'running';
      lastEmit = host.now();
      pacer.anchor(lastEmit, 0);
      const gen = generation;
      host.soon(() => tick(gen));
    },
    pause(): void {
      if (status !== 'running') return;
      status = 'paused';
      generation++;
      emit();
    },
    resume(): void {
      if (status !== 'paused' || sim === null) return;
      status = 'running';
      const gen = ++generation;
      pacer.anchor(host.now(), sim.now);
      host.soon(() => tick(gen));
    },
    step(windows = 1): void {
      if (sim === null || layout === null || status === 'running' || status === 'finished') return;
      const w = layout.windowMs;
      const boundary = (Math.floor(sim.now / w + 1e-9) + Math.max(1, Math.floor(windows))) * w;
      while (!sim.done && sim.now < boundary) sim.runUntil(boundary, 1_000_000);
      if (sim.done) status = 'finished';
      else status = 'paused';
      emit();
    },
    setSpeed(speed: Speed): void {
      pacer.setSpeed(clampSpeed(speed), host.now(), sim?.now ?? 0);
    },
    stop(): void {
      reset();
      listener = null;
    },
    inject(fault: LiveFault): InjectResult {
      if (sim === null || current === null || sim.done)
        return { ok: false, errors: ['no run in progress'] };
      const recorded = { ...fault, atMs: sim.now };
      const candidate = { ...current, faults: [...(current.faults ?? []), recorded] };
      const result = validateScenario(candidate);
      if (!result.ok) return { ok: false, errors: result.errors.map(formatScenarioError) };
      // The new fault compiles to the last specs: one, or one per edge for a node's partition.
      const before = compileScenario(current).faults.length;
      const added = compileScenario(result.scenario).faults.slice(before);
      if (added.length === 0) return { ok: false, errors: ['the fault was not recorded'] };
      current = result.scenario;
      for (const f of added) sim.inject(f);
      return { ok: true, fault: recorded };
    },

    edit(edit: LiveParamEdit): EditResult {
      if (sim === null || current === null || sim.done)
        return { ok: false, errors: ['no run in progress'] };
      const candidate = {
        ...current,
        edits: [...(current.edits ?? []), { ...edit, atMs: sim.now }],
      };
      const result = validateScenario(candidate);
      if (!result.ok) return { ok: false, errors: result.errors.map(formatScenarioError) };
      const recorded = result.scenario.edits?.at(-1);
      const compiled = compileScenario(result.scenario).edits?.at(-1);
      if (recorded === undefined || compiled === undefined)
        return { ok: false, errors: ['the edit was not recorded'] };
      current = result.scenario;
      sim.edit(compiled);
      return { ok: true, edit: recorded };
    },
  };
}
