import { NO_CALL } from '../core/callTable.ts';
import type { Kernel } from '../core/kernel.ts';
import { NODE_DOWN } from '../core/kernel.ts';
import { FAILURE_CAUSES, METRIC } from '../metrics/layout.ts';
import type { RandomStream } from '../random/rng.ts';
import type { DistSpec, LoadBalancerSpec } from '../spec.ts';
import { BaseBehavior } from './behavior.ts';
import { HealthChecker } from './healthChecker.ts';
import { OutlierDetector } from '../control/outlierDetector.ts';
import { TargetPicker } from './targetPicker.ts';

const REJECTED_QUEUE_FULL = FAILURE_CAUSES.indexOf('rejected-queue-full');
/** Timer kinds 1 and 2 belong to the health checker. */
const TIMER_OUTLIERS = 3;

/**
 * Spreads calls over its targets (its outgoing edges) by a strategy, forwarding
 * each as a child call and relaying the answer. "Connections" are the calls it
 * has outstanding at each target, as a real proxy counts them. With a connection
 * limit, calls that find no target free wait in a FIFO of `maxPending` (or are
 * rejected). With health checks, a target leaves the rotation only when the
 * checks notice it failing, and comes back when they see it healthy again.
 */
export class LoadBalancerNode extends BaseBehavior {
  /** Edge index of each target, in scenario order. */
  readonly targetEdges: readonly number[];
  readonly picker: TargetPicker;
  private readonly k: Kernel;
  private readonly index: number;
  private readonly health: HealthChecker | null;
  private pending: number[] = [];
  private readonly outliers: OutlierDetector | null;
  /** When the outlier timer is set for (Infinity = none). */
  private outlierTimerAt = Infinity;
  /** Targets ejected so far. */
  private ejections = 0;
  private readonly maxPending: number;
  /** Only least-response-time needs the latency estimates. */
  private tracksLatency: boolean;

  constructor(
    k: Kernel,
    index: number,
    spec: LoadBalancerSpec,
    targetEdges: readonly number[],
    targets: {
      names: readonly string[];
      weights: readonly number[];
      latencies: readonly (DistSpec | null)[];
    },
    streams: { choice: RandomStream; health: RandomStream },
  ) {
    super();
    this.k = k;
    this.index = index;
    this.targetEdges = targetEdges;
    this.maxPending = spec.maxPending;
    this.tracksLatency = spec.strategy === 'least-response-time';
    this.picker = new TargetPicker(spec, targets.names, targets.weights, streams.choice);
    this.outliers =
      spec.outlierDetection === undefined
        ? null
        : new OutlierDetector(targetEdges.length, spec.outlierDetection);
    this.health =
      spec.healthCheck === null
        ? null
        : new HealthChecker(
            k,
            index,
            spec.healthCheck,
            targetEdges,
            targets.latencies,
            streams.health,
            (t, ok) => this.onHealth(t, ok),
          );
  }

  override start(): void {
    this.health?.start();
  }

  /**
   * A live edit of the strategy: routing changes from the next call on. A switch
   * to least-response-time starts its estimates from the answers that follow
   * (outstanding calls are counted from the connection counts).
   */
  setStrategy(strategy: LoadBalancerSpec['strategy']): void {
    const lrt = strategy === 'least-response-time';
    if (lrt && !this.tracksLatency) this.picker.ewma.active.set(this.picker.active);
    this.tracksLatency = lrt;
    this.picker.setStrategy(strategy);
  }

  onCall(call: number): void {
    const k = this.k;
    if (this.picker.healthyCount === 0) return k.answer(call, NODE_DOWN);
    const t = this.picker.pick(k.calls.key[call]!, k.now);
    if (t >= 0) this.forward(call, t);
    else if (this.pending.length < this.maxPending) this.pending.push(call);
    else k.answer(call, REJECTED_QUEUE_FULL);
  }

  override onAnswer(child: number): void {
    const k = this.k;
    const calls = k.calls;
    const t = calls.callerAux[child]!;
    if (this.tracksLatency) this.picker.ewma.onDone(t, k.now - calls.sentAt[child]!, k.now);
    this.picker.active[t]!--;
    const parent = k.liveParent(child);
    const status = calls.status[child]!;
    calls.release(child);
    if (this.outliers !== null) this.noteOutcome(t, status === 0);
    if (parent !== NO_CALL) k.answer(parent, status - 1);
    this.drainPending();
  }

  override onTimer(kind: number, arg: number, tag: number): void {
    if (kind === TIMER_OUTLIERS) return this.outliersDue();
    this.health?.onTimer(kind, arg, tag);
  }

  /** Passive outlier detection: consecutive failures eject a target (Envoy's consecutive errors). */
  private noteOutcome(t: number, ok: boolean): void {
    const outliers = this.outliers!;
    if (ok) return outliers.recordSuccess(t);
    if (outliers.recordError(t, this.k.now) === null) return;
    this.picker.setEjected(t, true);
    this.ejections++;
    this.armOutlierTimer();
  }

  private outliersDue(): void {
    this.outlierTimerAt = Infinity;
    for (const t of this.outliers!.advance(this.k.now)) this.picker.setEjected(t, false);
    this.armOutlierTimer();
    this.drainPending();
  }

  private armOutlierTimer(): void {
    const at = this.outliers!.nextChangeAt();
    if (at < this.outlierTimerAt) {
      this.outlierTimerAt = at;
      this.k.timer(at, this.index, TIMER_OUTLIERS, 0);
    }
  }

  override crash(): void {
    this.pending = [];
  }

  override writeWindow(values: Float64Array, o: number): void {
    values[o + METRIC.healthyTargets] =
      this.k.down[this.index] === 1 ? 0 : this.picker.healthyCount;
  }

  override summarize(): Record<string, unknown> {
    return {
      healthyTargets: this.picker.healthyCount,
      healthTransitions: this.health?.transitions ?? 0,
      ejections: this.ejections,
    };
  }

  private forward(call: number, t: number): void {
    const k = this.k;
    const d = k.createCall(this.targetEdges[t]!, call);
    k.calls.callerAux[d] = t;
    this.picker.active[t]!++;
    if (this.tracksLatency) this.picker.ewma.onSend(t);
    k.send(d);
  }

  /** Hand waiting calls to targets that can take them, in arrival order. */
  private drainPending(): void {
    const k = this.k;
    while (this.pending.length > 0) {
      const call = this.pending[0]!;
      if (this.picker.healthyCount === 0) {
        this.pending.shift();
        k.answer(call, NODE_DOWN);
        continue;
      }
      const t = this.picker.pick(k.calls.key[call]!, k.now);
      if (t < 0) return;
      this.pending.shift();
      this.forward(call, t);
    }
  }

  private onHealth(t: number, healthy: boolean): void {
    this.picker.setHealthy(t, healthy);
    this.drainPending();
  }
}
