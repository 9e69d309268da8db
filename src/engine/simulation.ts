import { buildModel, type BuiltModel } from './build.ts';
import type { ControlEvent } from './control/controlLog.ts';
import { ControlPlane } from './control/controlPlane.ts';
import {
  EV_ANSWER,
  EV_ATTEMPT_TIMEOUT,
  EV_DELIVER,
  EV_FAULT_END,
  EV_FAULT_START,
  EV_RETRY,
  EV_WINDOW,
  TIMER_BASE,
} from './core/events.ts';
import { dispatchTimer } from './core/dispatch.ts';
import { addPolicySummaries } from './core/policySummary.ts';
import type { Kernel } from './core/kernel.ts';
import { EventLogHash } from './core/eventLogHash.ts';
import { EditPlan } from './edits/editPlan.ts';
import type { EditSpec } from './edits/editSpec.ts';
import { writeRow } from './metrics/frames.ts';
import {
  EDGE_METRICS,
  METRIC,
  METRICS,
  METRIC_COUNT,
  type MetricsLayout,
  type WindowFrame,
} from './metrics/layout.ts';
import { AS_DOUBLE, StatsSpan } from './metrics/nodeStats.ts';
import { toLatencyStats, toNodeSummary, toTargetShares } from './metrics/summarize.ts';
import type { Simulation, TraceHop } from './simulation.types.ts';
import type { FaultSpec, ModelSpec } from './spec.ts';
import type { NodeSummary, RunSummary } from './summary.ts';

export interface SimulationOptions {
  /** Hash every event into `eventLogHash()` (for determinism tests; costs a little speed). */
  readonly hashEvents?: boolean;
  /** Closed windows kept until drained; older ones are dropped (default 100 000). */
  readonly maxPendingFrames?: number;
}

/** Create a simulation of `spec`, at time 0, ready to run. */
export function createSimulation(spec: ModelSpec, options: SimulationOptions = {}): Simulation {
  return new DiscreteEventSimulation(spec, options);
}

class DiscreteEventSimulation implements Simulation {
  readonly layout: MetricsLayout;
  private readonly model: BuiltModel;
  private readonly k: Kernel;
  private readonly hash: EventLogHash | null;
  private readonly totalsWindow = new StatsSpan();
  private frames: WindowFrame[] = [];
  private windowIndex = 0;
  private windowStart = AS_DOUBLE;
  private finished = false;
  private processed = 0;
  /** The scenario's faults, then any injected live (chaos faults live in the control plane). */
  private readonly faults: FaultSpec[] = [];
  private readonly control: ControlPlane;
  /** Parameter edits still to apply; null until the model has one (zero cost without). */
  private edits: EditPlan | null = null;
  private readonly spec: ModelSpec;
  private readonly options: SimulationOptions;

  constructor(spec: ModelSpec, options: SimulationOptions) {
    assertSpec(spec);
    this.windowStart = 0;
    this.spec = spec;
    this.options = options;
    this.model = buildModel(spec);
    this.k = this.model.kernel;
    this.hash = options.hashEvents === true ? new EventLogHash() : null;
    this.layout = {
      nodeIds: spec.nodes.map((n) => n.id),
      nodeKinds: spec.nodes.map((n) => n.kind),
      edges: spec.edges.map((e) => [e.from, e.to] as const),
      edgeMetrics: EDGE_METRICS,
      rows: spec.nodes.length + 1,
      metrics: METRICS,
      windowMs: spec.windowMs,
      warmupMs: spec.warmupMs,
      durationMs: spec.durationMs,
    };
    for (const b of this.k.behaviors) b.start();
    this.control = new ControlPlane(spec, this.model, this.layout);
    for (const f of spec.faults) this.schedule(f, this.faults.length);
    this.control.chaosSpecs.forEach((f, j) => this.schedule(f, ~j));
    for (const e of spec.edits ?? []) this.edit(e);
    this.k.queue.push(Math.min(spec.windowMs, spec.durationMs), EV_WINDOW, -1, 0);
  }

  get now(): number {
    return this.k.now;
  }
  get events(): number {
    return this.processed;
  }
  get done(): boolean {
    return this.finished;
  }

  runUntil(untilMs: number, maxEvents = Infinity): number {
    const plan = this.edits;
    if (plan === null) return this.runEvents(untilMs, maxEvents);
    const limit = Math.min(untilMs, this.spec.durationMs);
    let n = 0;
    // Up to each edit's time (events at that instant included), then the edit: as a live edit does.
    while (!this.finished && plan.nextAt <= limit) {
      const at = plan.nextAt;
      n += this.runEvents(at, maxEvents - n);
      if (this.k.queue.headTime <= at) return n; // stopped by maxEvents
      plan.applyDue(this.k.now);
    }
    return n + this.runEvents(untilMs, maxEvents - n);
  }

  private runEvents(untilMs: number, maxEvents: number): number {
    const k = this.k;
    const queue = k.queue;
    const limit = Math.min(untilMs, this.spec.durationMs);
    const hash = this.hash;
    let n = 0;
    while (!this.finished && n < maxEvents && queue.headTime <= limit) {
      queue.pop();
      k.now = queue.time;
      n++;
      if (hash !== null) hash.add(queue.time, queue.type, queue.node, queue.arg);
      const type = queue.type;
      if (type === EV_DELIVER) k.deliver(queue.arg);
      else if (type === EV_ANSWER) k.returnToCaller(queue.arg);
      else if (type >= TIMER_BASE) {
        const node = queue.node;
        dispatchTimer(k.kinds[node]!, k.behaviors[node]!, type - TIMER_BASE, queue.arg, queue.tag);
      } else if (type === EV_WINDOW) this.closeWindow();
      else if (type === EV_FAULT_START) this.startFault(queue.arg);
      else if (type === EV_FAULT_END) this.endFault(queue.arg);
      else if (type === EV_ATTEMPT_TIMEOUT) k.policies[queue.node]!.onTimeout(queue.arg, queue.tag);
      else if (type === EV_RETRY) k.policies[queue.node]!.onRetryDue(queue.arg, queue.tag);
      queue.settle(); // the popped event's place is filled: headTime is current again
    }
    this.processed += n;
    if (!this.finished && queue.peekTime() > limit && limit > k.now) k.now = limit;
    return n;
  }

  runToEnd(): void {
    while (!this.finished) this.runUntil(this.spec.durationMs, 1_000_000);
  }

  drainFrames(): WindowFrame[] {
    const out = this.frames;
    this.frames = [];
    return out;
  }

  drainTraces(): TraceHop[] {
    return this.k.traces.drain();
  }

  drainControlEvents(): ControlEvent[] {
    return this.control.drain();
  }

  eventLogHash(): string {
    return this.hash?.hex() ?? '';
  }

  summary(): RunSummary {
    const { nodes } = this.spec;
    const summaries: Record<string, NodeSummary> = {};
    nodes.forEach((node, i) => {
      summaries[node.id] = {
        ...toNodeSummary(node.kind, this.k.stats[i]!.run),
        ...this.k.behaviors[i]!.summarize(),
      };
    });
    const totals = new StatsSpan();
    let measuredMs = 0;
    for (const { index, node } of this.model.clients) {
      const cohort = node.cohort;
      const run = this.k.stats[index]!.run;
      measuredMs = run.spanMs;
      totals.merge(cohort);
      totals.latency.merge(run.latency);
      // A client's row reports its cohort (issued after warm-up) with its own time integrals.
      summaries[nodes[index]!.id] = toNodeSummary('client', withCohort(run, cohort));
    }
    for (const { index, edges, keyShares } of this.model.routers) {
      const ids = edges.map((e) => nodes[this.k.edges[e]!.to]!.id);
      const sent = Float64Array.from(edges, (e) => this.k.edgeStats.runCalls[e]!);
      summaries[nodes[index]!.id] = {
        ...summaries[nodes[index]!.id]!,
        ...toTargetShares(ids, sent, keyShares),
      };
    }
    addPolicySummaries(this.spec, this.k.edgeStats, summaries);
    const t = totals;
    t.spanMs = measuredMs;
    return {
      simulatedMs: this.k.now,
      events: this.processed,
      totals: {
        requests: t.arrivals,
        succeeded: t.completed,
        failed: t.failed,
        throughputPerSec: t.spanMs > 0 ? (t.completed * 1000) / t.spanMs : 0,
        latencyMs: toLatencyStats(t.latency),
        degraded: t.degraded,
        goodputPerSec: t.spanMs > 0 ? ((t.completed - t.degraded) * 1000) / t.spanMs : 0,
      },
      nodes: summaries,
      ...this.control.summarize(this.k.now),
    };
  }

  inject(fault: FaultSpec): void {
    if (fault.atMs < this.k.now)
      throw new RangeError(`a fault cannot start in the past (${fault.atMs} < ${this.k.now})`);
    this.schedule(fault, this.faults.length);
  }

  edit(edit: EditSpec): void {
    if (edit.atMs < this.k.now)
      throw new RangeError(`an edit cannot take effect in the past (${edit.atMs} < ${this.k.now})`);
    this.edits ??= new EditPlan(this.spec, this.model);
    this.edits.add(edit);
  }

  /** Put a fault's start and end on the event list under `key`: its index in `faults`, or `~j` for chaos fault j. */
  private schedule(f: FaultSpec, key: number): void {
    if (key >= 0) this.faults.push(f);
    this.control.faultScheduled(key, f);
    if (f.atMs >= this.spec.durationMs) return;
    const where = 'node' in f ? f.node : f.edge;
    this.k.queue.push(f.atMs, EV_FAULT_START, where, key);
    this.k.queue.push(f.atMs + f.durationMs, EV_FAULT_END, where, key);
  }

  private faultOf(key: number): FaultSpec {
    return key >= 0 ? this.faults[key]! : this.control.chaosFault(key);
  }

  private startFault(i: number): void {
    const f = this.faultOf(i);
    const k = this.k;
    this.control.faultStarted(i, k.now);
    switch (f.type) {
      case 'crash':
        return k.crash(f.node);
      case 'slow':
        k.slowFactor[f.node] = f.factor;
        return;
      case 'errors':
        k.extraErrorRate[f.node] = f.probability;
        return;
      case 'latency':
        k.edgeExtraMs[f.edge] = f.addMs;
        return;
      case 'partition':
        k.edgeCut[f.edge] = 1;
        return;
      case 'cache-flush':
        return k.behaviors[f.node]!.dropEntries();
      case 'replica-lag':
        k.lagFactor[f.node] = f.factor;
        return;
      case 'traffic-spike':
        k.rateFactor[f.node] = f.factor;
        return k.behaviors[f.node]!.rateChanged();
      case 'hot-key':
        k.hotKeys[f.node] = f.hotKeys;
        k.hotShare[f.node] = f.hotShare;
        return;
    }
  }

  private endFault(i: number): void {
    const f = this.faultOf(i);
    const k = this.k;
    this.control.faultEnded(i, k.now);
    switch (f.type) {
      case 'crash':
        return k.recover(f.node);
      case 'slow':
        k.slowFactor[f.node] = 1;
        return;
      case 'errors':
        k.extraErrorRate[f.node] = 0;
        return;
      case 'latency':
        k.edgeExtraMs[f.edge] = 0;
        return;
      case 'partition':
        k.edgeCut[f.edge] = 0;
        return;
      case 'cache-flush':
        return;
      case 'replica-lag':
        k.lagFactor[f.node] = 1;
        return;
      case 'traffic-spike':
        k.rateFactor[f.node] = 1;
        return k.behaviors[f.node]!.rateChanged();
      case 'hot-key':
        k.hotShare[f.node] = 0;
        return;
    }
  }

  /** Close the current window: emit its frame, fold it into the run if past warm-up, start the next. */
  private closeWindow(): void {
    const k = this.k;
    const end = k.now;
    const counted = this.windowStart >= this.spec.warmupMs;
    const rows = this.layout.rows;
    const values = new Float64Array(rows * METRIC_COUNT);
    let clientsInFlight = 0;
    k.stats.forEach((st, i) => {
      st.advance();
      st.closeCapacity();
      st.windowSpan.spanMs = end - this.windowStart;
      writeRow(values, i, st.windowSpan, st.inFlight);
      values[i * METRIC_COUNT + METRIC.instances] = k.down[i] === 1 ? 0 : 1;
      k.behaviors[i]!.writeWindow(values, i * METRIC_COUNT);
      k.behaviors[i]!.closeWindow(counted);
    });
    for (const policy of k.policies) policy?.advanceBreaker(end);
    const edgeValues = k.edgeStats.closeWindow(counted);
    const clients = this.model.clients;
    if (clients.length === 1) {
      // One client: the totals row is its row.
      const o = clients[0]!.index * METRIC_COUNT;
      values.copyWithin((rows - 1) * METRIC_COUNT, o, o + METRIC_COUNT);
    } else {
      for (const { index } of clients) {
        this.totalsWindow.merge(k.stats[index]!.windowSpan);
        clientsInFlight += k.stats[index]!.inFlight;
      }
      this.totalsWindow.spanMs = end - this.windowStart;
      writeRow(values, rows - 1, this.totalsWindow, clientsInFlight);
    }
    const frame = {
      index: this.windowIndex,
      startMs: this.windowStart,
      endMs: end,
      values,
      edgeValues,
    };
    this.pushFrame(frame);
    this.control.windowClosed(frame);
    for (const st of k.stats) {
      st.windowSpan.drainInto(counted ? st.run : null);
    }
    this.totalsWindow.reset();
    k.startTraceWindow(end);
    this.windowIndex++;
    this.windowStart = end;
    if (end >= this.spec.durationMs) this.finished = true;
    else k.queue.push(Math.min(end + this.spec.windowMs, this.spec.durationMs), EV_WINDOW, -1, 0);
  }

  private pushFrame(frame: WindowFrame): void {
    this.frames.push(frame);
    const max = this.options.maxPendingFrames ?? 100_000;
    if (this.frames.length > max) this.frames.splice(0, this.frames.length - max);
  }
}

function assertSpec(spec: ModelSpec): void {
  if (!(spec.durationMs > 0)) throw new Error('durationMs must be positive');
  if (!(spec.windowMs > 0)) throw new Error('windowMs must be positive');
  if (!(spec.warmupMs >= 0 && spec.warmupMs < spec.durationMs))
    throw new Error('warmupMs must be in [0, durationMs)');
}

/** A client's run span with its counts replaced by its measured cohort's. */
function withCohort(run: StatsSpan, cohort: StatsSpan): StatsSpan {
  const out = new StatsSpan();
  out.merge(cohort);
  out.latency.merge(run.latency);
  out.inFlightArea = run.inFlightArea;
  out.queueArea = run.queueArea;
  out.spanMs = run.spanMs;
  return out;
}
