/**
 * Everything around the simulated system that watches it and acts on it:
 * service autoscalers, alert rules and their actions, chaos faults, the fault
 * book, the totals series recovery is measured on, and the control log.
 * The simulation calls it at fault starts and ends and at window closes —
 * never per request — so a model without any of it runs as before.
 */
import type { BuiltModel } from '../build.ts';
import type { Kernel } from '../core/kernel.ts';
import { METRIC, METRIC_COUNT, type MetricsLayout, type WindowFrame } from '../metrics/layout.ts';
import type { ServiceNode } from '../nodes/service.ts';
import type { FaultSpec, ModelSpec } from '../spec.ts';
import type { ControlSummary } from '../summary.ts';
import { Alerting } from './alerting.ts';
import { DEFAULT_AUTOSCALER, type AutoscalerOptions } from './autoscaler.ts';
import { planChaos } from './chaosPlan.ts';
import { ControlLog, type ControlEvent } from './controlLog.ts';
import { FaultBook } from './faultBook.ts';
import { ServiceScaler } from './serviceScaler.ts';

/** Instances a rule's scale action may reach on a service without autoscaling. */
export const MAX_ACTION_INSTANCES = 1000;
/** Faults listed in the summary at most (the count is always exact). */
export const MAX_FAULTS_LISTED = 1000;

export class ControlPlane {
  private readonly spec: ModelSpec;
  private readonly log = new ControlLog();
  private readonly scalers = new Map<number, ServiceScaler>();
  private readonly alerting: Alerting | null;
  private readonly book: FaultBook;
  /** Chaos faults' engine specs (event key `~j`), each with its node and whether it starts a chaos fault. */
  readonly chaosSpecs: FaultSpec[] = [];
  private readonly chaosOf: { readonly node: number; readonly leader: boolean }[] = [];
  private readonly series: {
    windowMs: number;
    length: number;
    goodput: Float64Array;
    p99: Float64Array;
  };
  private readonly totalsRow: number;

  constructor(spec: ModelSpec, model: BuiltModel, layout: MetricsLayout) {
    this.spec = spec;
    const k = model.kernel;
    this.book = new FaultBook(spec, this.log);
    this.createScalers(k);
    const rules = spec.rules ?? [];
    this.alerting =
      rules.length === 0 ? null : new Alerting(k, rules, layout, this.scalers, this.log);
    for (const record of spec.chaos === undefined ? [] : planChaos(spec, spec.chaos)) {
      record.specs.forEach((f, i) => {
        this.chaosSpecs.push(f);
        this.chaosOf.push({ node: record.node, leader: i === 0 });
      });
    }
    this.totalsRow = layout.rows - 1;
    const capacity = Math.ceil(spec.durationMs / spec.windowMs) + 1;
    this.series = {
      windowMs: spec.windowMs,
      length: 0,
      goodput: new Float64Array(Math.min(capacity, 1024)),
      p99: new Float64Array(Math.min(capacity, 1024)),
    };
  }

  /** The engine fault under event key `key` when it is a chaos fault (`key < 0`). */
  chaosFault(key: number): FaultSpec {
    return this.chaosSpecs[~key]!;
  }

  faultScheduled(key: number, f: FaultSpec): void {
    if (key >= 0) this.book.scheduled(key, f, 'timeline');
    else this.book.scheduled(key, f, 'chaos', this.chaosOf[~key]);
  }

  faultStarted(key: number, atMs: number): void {
    this.book.started(key, atMs);
  }

  faultEnded(key: number, atMs: number): void {
    this.book.ended(key, atMs);
  }

  windowClosed(frame: WindowFrame): void {
    this.record(frame);
    this.alerting?.windowClosed(frame);
  }

  drain(): ControlEvent[] {
    return this.log.drain();
  }

  /** The summary's control fields; each only when the model has what it describes. */
  summarize(endMs: number): ControlSummary {
    const out: { -readonly [K in keyof ControlSummary]: ControlSummary[K] } = {};
    if (this.alerting !== null) {
      const rules = this.alerting.totals(endMs);
      out.alerts = {
        rules: rules.length,
        firings: rules.reduce((sum, r) => sum + r.firings, 0),
        fired: rules.filter((r) => r.firings > 0),
      };
    }
    if (this.scalers.size > 0) out.scaling = this.scalingSummary();
    if (this.book.count > 0 || this.spec.chaos !== undefined) {
      out.faults = this.book.report(this.series, endMs, MAX_FAULTS_LISTED);
      out.faultCount = this.book.count;
    }
    return out;
  }

  private scalingSummary(): NonNullable<ControlSummary['scaling']> {
    const nodes: Record<string, ReturnType<ServiceScaler['totals']>> = {};
    let scaleOuts = 0;
    let scaleIns = 0;
    for (const [index, scaler] of this.scalers) {
      const t = scaler.totals();
      nodes[this.spec.nodes[index]!.id] = t;
      scaleOuts += t.scaleOuts;
      scaleIns += t.scaleIns;
    }
    return { scaleOuts, scaleIns, nodes };
  }

  /** One scaler per service that autoscales or that a rule's action scales. */
  private createScalers(k: Kernel): void {
    const scaled = new Set<string>();
    for (const rule of this.spec.rules ?? [])
      for (const a of rule.actions ?? []) if (a.type === 'scale') scaled.add(a.node);
    this.spec.nodes.forEach((node, index) => {
      if (node.kind !== 'service') return;
      if (node.autoscaling === undefined && !scaled.has(node.id)) return;
      const options: AutoscalerOptions = node.autoscaling ?? {
        ...DEFAULT_AUTOSCALER,
        minInstances: node.instances,
        maxInstances: Math.max(node.instances, MAX_ACTION_INSTANCES),
        evaluationIntervalMs: Infinity,
      };
      const service = k.behaviors[index] as ServiceNode;
      this.scalers.set(index, new ServiceScaler(k, index, node.id, service, options, this.log));
    });
  }

  /** Keep the totals row's goodput and p99 of every window (16 bytes a window) for recovery. */
  private record(frame: WindowFrame): void {
    const s = this.series;
    if (s.length === s.goodput.length) {
      s.goodput = grow(s.goodput);
      s.p99 = grow(s.p99);
    }
    const o = this.totalsRow * METRIC_COUNT;
    const completed = frame.values[o + METRIC.completed]!;
    s.goodput[s.length] = completed;
    s.p99[s.length] = completed > 0 ? frame.values[o + METRIC.latencyP99]! : Number.NaN;
    s.length++;
  }
}

function grow(a: Float64Array): Float64Array {
  const out = new Float64Array(a.length * 2);
  out.set(a);
  return out;
}
