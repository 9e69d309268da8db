import { FLAG_HOLDING, FLAG_READ, NO_CALL } from '../core/callTable.ts';
import type { Kernel } from '../core/kernel.ts';
import { FAILURE_CAUSES, METRIC } from '../metrics/layout.ts';
import type { Sampler } from '../random/distributions.ts';
import { uniformInt, type RandomStream } from '../random/rng.ts';
import type { ServiceSpec } from '../spec.ts';
import { BaseBehavior } from './behavior.ts';
import { FULL, SERVE, Station, reportLevels } from './station.ts';

const TIMER_DONE = 0;
/** The service's scaler is due (an evaluation, or starting instances becoming ready). */
export const TIMER_SCALE = 1;

/** What drives a scalable service's instance count (`control/serviceScaler.ts`). */
export interface InstanceScaler {
  /** Its timer fired; `tag` tells a current timer from a superseded one. */
  onTimer(tag: number): void;
  /** A metrics window closed (before its span is reset): fold its busy-worker area. */
  windowClosed(): void;
}
const REJECTED_QUEUE_FULL = FAILURE_CAUSES.indexOf('rejected-queue-full');
const INJECTED_ERROR = FAILURE_CAUSES.indexOf('injected-error');

/**
 * A service: `instances` identical replicas, each with `workers` serving a FIFO
 * queue of `queueCapacity` (calls finding it full are rejected at once). After
 * its service time a request may fail with the injected error rate; otherwise it
 * calls the downstream edges that apply to it (reads or writes), one after
 * another or all at once, and answers when they have answered — failing with the
 * first downstream failure. With `holdWorkerDuringCalls` (thread-per-request) the
 * worker stays busy while downstream calls are out.
 *
 * The first `active` instances take new calls. Scaling in (`resize`) stops
 * sending calls to the last ones, which finish what they hold (graceful
 * shutdown) and count toward capacity until they are empty; scaling out
 * reuses them first, then adds new ones.
 */
export class ServiceNode extends BaseBehavior {
  private readonly k: Kernel;
  private readonly index: number;
  private serviceTime: Sampler;
  private readonly stream: RandomStream;
  private readonly instances: Station[];
  /** Instances taking new calls (the first ones of `instances`). */
  private active: number;
  private workers: number;
  private queueCapacity: number;
  private scaler: InstanceScaler | null = null;
  private errorRate: number;
  /** Some instance has more busy workers than `workers` (a live edit lowered them). */
  private retiring = false;
  private readonly parallel: boolean;
  private readonly hold: boolean;
  private readonly readEdges: Int32Array;
  private readonly writeEdges: Int32Array;

  constructor(
    k: Kernel,
    index: number,
    spec: ServiceSpec,
    serviceTime: Sampler,
    stream: RandomStream,
    out: readonly number[],
  ) {
    super();
    this.k = k;
    this.index = index;
    this.serviceTime = serviceTime;
    this.stream = stream;
    this.instances = Array.from(
      { length: spec.instances },
      () => new Station(spec.workers, spec.queueCapacity),
    );
    this.active = spec.instances;
    this.workers = spec.workers;
    this.queueCapacity = spec.queueCapacity;
    this.errorRate = spec.errorRate;
    this.parallel = spec.callMode === 'parallel';
    this.hold = spec.holdWorkerDuringCalls;
    this.readEdges = Int32Array.from(out.filter((e) => k.edges[e]!.when !== 'writes'));
    this.writeEdges = Int32Array.from(out.filter((e) => k.edges[e]!.when !== 'reads'));
    k.stats[index]!.setCapacity(spec.workers * spec.instances);
  }

  /** Instances taking new calls. */
  get instanceCount(): number {
    return this.active;
  }

  get workersPerInstance(): number {
    return this.workers;
  }

  /** Let `scaler` drive the instance count (its timers come through `onTimer`). */
  attachScaler(scaler: InstanceScaler): void {
    this.scaler = scaler;
  }

  /** From now on, `count` instances take new calls; the others drain. */
  resize(count: number): void {
    while (this.instances.length < count)
      this.instances.push(new Station(this.workers, this.queueCapacity));
    this.active = count;
    this.updateCapacity();
  }

  onCall(call: number): void {
    const n = this.active;
    const i = n === 1 ? 0 : uniformInt(this.stream, n);
    this.k.calls.aux[call] = i;
    const verdict = this.instances[i]!.admit(call);
    if (verdict === FULL) this.k.answer(call, REJECTED_QUEUE_FULL);
    else {
      this.report();
      if (verdict === SERVE) this.begin(call);
    }
  }

  override onTimer(kind: number, call: number, gen: number): void {
    if (kind !== TIMER_DONE) return this.scaler?.onTimer(gen);
    const k = this.k;
    if (!k.calls.isPending(call, gen)) return; // failed by a crash meanwhile
    const errorRate = Math.max(this.errorRate, k.extraErrorRate[this.index]!);
    if (errorRate > 0 && this.stream.next() < errorRate) return this.finish(call, INJECTED_ERROR);
    const edges = this.edgesFor(call);
    if (edges.length === 0) return this.finish(call, -1);
    if (!this.hold) this.freeWorker(call);
    if (this.parallel) {
      k.calls.pending[call] = edges.length;
      for (const e of edges) this.callDownstream(call, e);
    } else {
      k.calls.pending[call] = 0;
      this.callDownstream(call, edges[0]!);
    }
  }

  override onAnswer(child: number): void {
    const k = this.k;
    const calls = k.calls;
    const parent = k.liveParent(child);
    const status = calls.status[child]!;
    calls.release(child);
    if (parent === NO_CALL) return;
    if (this.parallel) {
      if (status !== 0 && calls.childStatus[parent] === 0) calls.childStatus[parent] = status;
      if (--calls.pending[parent]! === 0) this.finish(parent, calls.childStatus[parent]! - 1);
      return;
    }
    if (status !== 0) return this.finish(parent, status - 1);
    const edges = this.edgesFor(parent);
    const next = ++calls.pending[parent]!;
    if (next < edges.length) this.callDownstream(parent, edges[next]!);
    else this.finish(parent, -1);
  }

  override crash(): void {
    for (const s of this.instances) s.reset();
    this.report();
    if (this.instances.length > this.active) this.updateCapacity();
  }

  override writeWindow(values: Float64Array, o: number): void {
    values[o + METRIC.instances] = this.k.down[this.index] === 1 ? 0 : this.active;
  }

  override closeWindow(_counted: boolean): void {
    this.scaler?.windowClosed();
  }

  override summarize(): Record<string, unknown> {
    return { instances: this.active };
  }

  private edgesFor(call: number): Int32Array {
    return (this.k.calls.flags[call]! & FLAG_READ) !== 0 ? this.readEdges : this.writeEdges;
  }

  private callDownstream(parent: number, edge: number): void {
    const k = this.k;
    k.send(k.createCall(edge, parent));
  }

  private begin(call: number): void {
    const k = this.k;
    k.calls.flags[call]! |= FLAG_HOLDING;
    const t = this.serviceTime() * k.slowFactor[this.index]!;
    k.timer(k.now + t, this.index, TIMER_DONE, call, k.calls.gen[call]);
  }

  /** Answer `call`, giving back its worker first if it still holds one. */
  private finish(call: number, cause: number): void {
    if ((this.k.calls.flags[call]! & FLAG_HOLDING) !== 0) this.freeWorker(call);
    this.k.answer(call, cause);
  }

  /** The call's worker is free: hand it to the next waiting call before anything else can take it. */
  private freeWorker(call: number): void {
    const calls = this.k.calls;
    calls.flags[call]! &= ~FLAG_HOLDING;
    const i = calls.aux[call]!;
    const next = this.instances[i]!.release();
    this.report();
    if (next >= 0) this.begin(next);
    else if (i >= this.active || this.retiring) this.updateCapacity(); // a draining instance may be empty now
  }

  /**
   * Workers of the active instances and of draining ones that still hold calls
   * (a worker retiring after a live edit counts until its call is done).
   */
  private updateCapacity(): void {
    let capacity = 0;
    let retiring = false;
    this.instances.forEach((s, i) => {
      if (i >= this.active && s.busy === 0 && s.waiting === 0) return;
      capacity += Math.max(this.workers, s.busy);
      if (s.busy > this.workers) retiring = true;
    });
    this.retiring = retiring;
    this.k.stats[this.index]!.setCapacity(capacity);
  }

  /** A live edit of the workers per instance (`Station.setWorkers` says what happens to calls). */
  setWorkers(workers: number): void {
    this.workers = workers;
    for (const s of this.instances) s.setWorkers(workers, (call) => this.begin(call));
    this.report();
    this.updateCapacity();
  }

  /** A live edit of the queue bound: calls already waiting stay; new ones are refused while it is full. */
  setQueueCapacity(capacity: number): void {
    this.queueCapacity = capacity;
    for (const s of this.instances) s.queueCapacity = capacity;
  }

  /** A live edit: work started from now on takes `sampler`'s time; work in progress keeps its own. */
  setServiceTime(sampler: Sampler): void {
    this.serviceTime = sampler;
  }

  /** A live edit of the injected error rate, for requests finishing from now on. */
  setErrorRate(rate: number): void {
    this.errorRate = rate;
  }

  private report(): void {
    const st = this.k.stats[this.index]!;
    st.advance();
    reportLevels(st, this.instances);
  }
}
