/**
 * Alert rules in a running simulation: evaluated at every window's close
 * (`AlertEvaluator`, with pending and inactive reported), written to the
 * control log, and — when a rule fires — its actions carried out at once, in
 * order: force a breaker open, or scale a service through its scaler.
 */
import type { Kernel } from '../core/kernel.ts';
import type { WindowFrame } from '../metrics/layout.ts';
import { AlertEvaluator, type AlertEvent, type AlertLayout } from './alertEvaluator.ts';
import type { AlertAction, AlertRule, AlertSeverity } from './alertRules.ts';
import type { ActionOutcome, ControlLog } from './controlLog.ts';
import type { ServiceScaler } from './serviceScaler.ts';

/** One rule over the run, for the summary. */
export interface RuleTotals {
  readonly ruleId: string;
  readonly severity: AlertSeverity;
  /** Times it started firing. */
  readonly firings: number;
  /** When it first fired (null: never). */
  readonly firstFiredAtMs: number | null;
  /** Simulated time spent firing (until the end of the run if still firing). */
  readonly firingMs: number;
  readonly firingAtEnd: boolean;
}

interface RuleRecord {
  readonly rule: AlertRule;
  firings: number;
  firstFiredAtMs: number | null;
  firingMs: number;
  firingSince: number | null;
}

export class Alerting {
  private readonly k: Kernel;
  private readonly evaluator: AlertEvaluator;
  private readonly records = new Map<string, RuleRecord>();
  private readonly layout: AlertLayout;
  private readonly scalers: ReadonlyMap<number, ServiceScaler>;
  private readonly log: ControlLog;

  /** Throws (with `rules[i]…` in the message) if a rule names a node or edge the model lacks. */
  constructor(
    k: Kernel,
    rules: readonly AlertRule[],
    layout: AlertLayout,
    scalers: ReadonlyMap<number, ServiceScaler>,
    log: ControlLog,
  ) {
    this.k = k;
    this.layout = layout;
    this.scalers = scalers;
    this.log = log;
    this.evaluator = new AlertEvaluator(rules, layout, { reportPending: true });
    rules.forEach((rule, i) => {
      for (const action of rule.actions ?? []) this.checkAction(action, `rules[${i}]`);
      this.records.set(rule.id, {
        rule,
        firings: 0,
        firstFiredAtMs: null,
        firingMs: 0,
        firingSince: null,
      });
    });
  }

  windowClosed(frame: WindowFrame): void {
    for (const event of this.evaluator.evaluate(frame)) this.handle(event);
  }

  totals(endMs: number): RuleTotals[] {
    return [...this.records.values()].map((r) => ({
      ruleId: r.rule.id,
      severity: r.rule.severity,
      firings: r.firings,
      firstFiredAtMs: r.firstFiredAtMs,
      firingMs: r.firingMs + (r.firingSince === null ? 0 : endMs - r.firingSince),
      firingAtEnd: r.firingSince !== null,
    }));
  }

  private handle(event: AlertEvent): void {
    const record = this.records.get(event.ruleId)!;
    const { rule } = record;
    let actions: ActionOutcome[] | undefined;
    if (event.type === 'firing') {
      record.firings++;
      record.firstFiredAtMs ??= event.atMs;
      record.firingSince = event.atMs;
      actions = event.actions.map((a) => this.carryOut(a, rule.id));
    } else if (event.type === 'resolved' && record.firingSince !== null) {
      record.firingMs += event.atMs - record.firingSince;
      record.firingSince = null;
    }
    this.log.push({
      kind: 'alert',
      atMs: event.atMs,
      state: event.type,
      ruleId: rule.id,
      severity: rule.severity,
      value: event.value,
      metric: rule.metric,
      scope: rule.scope,
      comparator: rule.comparator,
      threshold: rule.threshold,
      ...(actions === undefined ? {} : { actions }),
    });
  }

  private carryOut(action: AlertAction, ruleId: string): ActionOutcome {
    if (action.type === 'open-breaker') {
      const { from, to } = action.edge;
      const breaker = this.k.policies[this.edgeIndex(from, to)]?.breaker ?? null;
      const result =
        breaker === null
          ? 'no breaker on this edge'
          : breaker.forceOpen(this.k.now)
            ? 'opened'
            : 'already open';
      return { type: 'open-breaker', target: `${from}→${to}`, result };
    }
    const scaler = this.scalers.get(this.layout.nodeIds.indexOf(action.node));
    const result =
      scaler === undefined ? 'not a service' : scaler.scaleBy(action.factor, `rule ${ruleId}`);
    return { type: 'scale', target: action.node, result };
  }

  private checkAction(action: AlertAction, path: string): void {
    if (action.type === 'open-breaker') {
      if (this.edgeIndex(action.edge.from, action.edge.to) < 0)
        throw new Error(`${path}: no edge ${action.edge.from} → ${action.edge.to}`);
    } else if (!this.scalers.has(this.layout.nodeIds.indexOf(action.node))) {
      throw new Error(`${path}: "${action.node}" is not a service that can scale`);
    }
  }

  private edgeIndex(from: string, to: string): number {
    const { nodeIds, edges } = this.layout;
    const f = nodeIds.indexOf(from);
    const t = nodeIds.indexOf(to);
    return edges.findIndex(([a, b]) => a === f && b === t);
  }
}
