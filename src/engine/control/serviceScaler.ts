/**
 * Wires an `Autoscaler` to a running service: one timer at the autoscaler's
 * next change (an evaluation, or the exact time starting instances become
 * ready), utilization measured over the interval since the last evaluation,
 * and every change applied to the service and written to the control log.
 */
import type { Kernel } from '../core/kernel.ts';
import { TIMER_SCALE, type InstanceScaler, type ServiceNode } from '../nodes/service.ts';
import { Autoscaler, type AutoscalerOptions, type ScalingEvent } from './autoscaler.ts';
import type { ControlLog } from './controlLog.ts';

/** What a scaler did over the run, for the summary. */
export interface ScalerTotals {
  readonly scaleOuts: number;
  readonly scaleIns: number;
  readonly peakInstances: number;
  readonly finalInstances: number;
}

export class ServiceScaler implements InstanceScaler {
  private readonly k: Kernel;
  private readonly index: number;
  private readonly id: string;
  private readonly service: ServiceNode;
  private readonly autoscaler: Autoscaler;
  private readonly log: ControlLog;
  /** Tag of the one timer that counts; older ones are ignored. */
  private gen = 0;
  /** ∫ busy workers dt over closed windows, its value at the last evaluation, and when that was. */
  private busyClosed = 0;
  private busyAtEvaluation = 0;
  private evaluatedAt: number;
  private scaleOuts = 0;
  private scaleIns = 0;
  private peak: number;

  constructor(
    k: Kernel,
    index: number,
    id: string,
    service: ServiceNode,
    options: AutoscalerOptions,
    log: ControlLog,
  ) {
    this.k = k;
    this.index = index;
    this.id = id;
    this.service = service;
    this.log = log;
    this.peak = service.instanceCount;
    this.evaluatedAt = k.now;
    this.autoscaler = new Autoscaler(service.instanceCount, options, k.now);
    service.attachScaler(this);
    this.reschedule();
  }

  onTimer(tag: number): void {
    if (tag !== this.gen) return;
    const now = this.k.now;
    const readied = this.autoscaler.admitReady(now);
    if (readied !== null) this.apply(readied, 'autoscaler');
    const utilization = now >= this.autoscaler.nextEvaluationAt ? this.takeUtilization() : NaN;
    for (const event of this.autoscaler.tick(now, utilization)) this.apply(event, 'autoscaler');
    this.reschedule();
  }

  windowClosed(): void {
    this.busyClosed += this.k.stats[this.index]!.windowSpan.busyArea;
  }

  /**
   * An alert action: scale by `factor` now (cooldowns ignored, start-up delay
   * kept). Returns what happened, for the log.
   */
  scaleBy(factor: number, cause: string): string {
    const before = this.autoscaler.ready + this.autoscaler.pending;
    const event = this.autoscaler.scaleBy(factor, this.k.now);
    if (event === null) return `stays at ${before} instances (the autoscaler's limit)`;
    this.apply(event, cause);
    this.reschedule();
    const after = this.autoscaler.ready + this.autoscaler.pending;
    const ready = event.type === 'scale-out' ? `, ready at ${event.readyAtMs / 1000} s` : '';
    return `${before} → ${after} instances${ready}`;
  }

  totals(): ScalerTotals {
    return {
      scaleOuts: this.scaleOuts,
      scaleIns: this.scaleIns,
      peakInstances: this.peak,
      finalInstances: this.service.instanceCount,
    };
  }

  /**
   * Busy workers since the last evaluation (time-averaged), as a share of the
   * workers of the instances serving *now*: an instance that has just become
   * ready counts at 0 %, as HPA counts a new pod. NaN while down (no reading).
   */
  private takeUtilization(): number {
    const st = this.k.stats[this.index]!;
    st.advance();
    const busy = this.busyClosed + st.windowSpan.busyArea;
    const intervalMs = this.k.now - this.evaluatedAt;
    const meanBusy = (busy - this.busyAtEvaluation) / intervalMs;
    const utilization = meanBusy / (this.service.workersPerInstance * this.autoscaler.ready);
    this.busyAtEvaluation = busy;
    this.evaluatedAt = this.k.now;
    return this.k.down[this.index] === 1 ? NaN : utilization;
  }

  private apply(event: ScalingEvent, cause: string): void {
    const a = this.autoscaler;
    if (event.type !== 'scale-out') this.service.resize(a.ready);
    if (event.type === 'scale-out') this.scaleOuts++;
    if (event.type === 'scale-in') this.scaleIns++;
    this.peak = Math.max(this.peak, a.ready);
    const count =
      event.type === 'scale-out'
        ? event.added
        : event.type === 'scale-in'
          ? event.removed + event.cancelled
          : event.count;
    this.log.push({
      kind: 'scaling',
      atMs: event.atMs,
      node: this.id,
      change: event.type,
      count,
      ready: a.ready,
      pending: a.pending,
      ...(event.type === 'scale-out' ? { readyAtMs: event.readyAtMs } : {}),
      cause,
    });
  }

  private reschedule(): void {
    this.gen = (this.gen + 1) | 0;
    const at = this.autoscaler.nextChangeAt();
    if (at !== Infinity) this.k.timer(at, this.index, TIMER_SCALE, 0, this.gen);
  }
}
