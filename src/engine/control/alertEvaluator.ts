/**
 * Evaluates alert rules once per closed metrics window, with Prometheus'
 * pending → firing → resolved life cycle. A rule fires when its condition has
 * held for `forMs`, counted from the *start* of the first window in which it
 * held; it resolves at the end of the first window in which it no longer holds.
 */
import { readAlertMetric, type AlertFrame, type MetricSource } from './alertMetrics.ts';
import type { AlertAction, AlertRule, AlertSeverity } from './alertRules.ts';

/** A change of a rule's state, at a window's end. */
export type AlertEvent =
  | {
      /** The condition started to hold but has not held for `forMs` yet (only with `reportPending`). */
      readonly type: 'pending';
      readonly ruleId: string;
      readonly severity: AlertSeverity;
      readonly atMs: number;
      readonly sinceMs: number;
      readonly value: number;
    }
  | {
      /** A pending rule's condition stopped holding before it fired (only with `reportPending`). */
      readonly type: 'inactive';
      readonly ruleId: string;
      readonly severity: AlertSeverity;
      readonly atMs: number;
      readonly sinceMs: number;
      readonly value: number;
    }
  | {
      readonly type: 'firing';
      readonly ruleId: string;
      readonly severity: AlertSeverity;
      readonly atMs: number;
      /** Start of the first window of the run of windows in which the condition held. */
      readonly sinceMs: number;
      readonly value: number;
      /** The rule's actions, for the caller to carry out (once per firing). */
      readonly actions: readonly AlertAction[];
    }
  | {
      readonly type: 'resolved';
      readonly ruleId: string;
      readonly severity: AlertSeverity;
      readonly atMs: number;
      readonly firedAtMs: number;
      readonly value: number;
    };

/** The layout a rule's scope is resolved against (a `MetricsLayout` fits). */
export interface AlertLayout {
  readonly nodeIds: readonly string[];
  readonly edges: readonly (readonly [number, number])[];
}

interface RuleState {
  readonly rule: AlertRule;
  readonly source: MetricSource;
  /** Start of the run of windows in which the condition held; NaN if it does not hold. */
  activeSince: number;
  /** Time the rule fired; NaN while not firing. */
  firedAt: number;
}

export interface AlertEvaluatorOptions {
  /** Also report `pending` (condition holds, `forMs` not reached) and `inactive` (it stopped before firing). */
  readonly reportPending?: boolean;
}

/** Holds the state of every rule between windows. */
export class AlertEvaluator {
  private readonly states: RuleState[];
  private readonly reportPending: boolean;

  /** Throws if a rule names a node the layout does not have. */
  constructor(
    rules: readonly AlertRule[],
    layout: AlertLayout,
    options: AlertEvaluatorOptions = {},
  ) {
    this.reportPending = options.reportPending === true;
    this.states = rules.map((rule, i) => ({
      rule,
      source: resolveScope(rule.scope, layout, `rules[${i}].scope`),
      activeSince: Number.NaN,
      firedAt: Number.NaN,
    }));
  }

  /** Evaluate every rule on one closed window (windows in order); returns the state changes. */
  evaluate(frame: AlertFrame): AlertEvent[] {
    const events: AlertEvent[] = [];
    for (const state of this.states) {
      const event = this.step(state, frame);
      if (event !== null) events.push(event);
    }
    return events;
  }

  /** Ids of the rules firing now. */
  firing(): string[] {
    return this.states.filter((s) => !Number.isNaN(s.firedAt)).map((s) => s.rule.id);
  }

  private step(state: RuleState, frame: AlertFrame): AlertEvent | null {
    const { rule } = state;
    const value = readAlertMetric(frame, state.source, rule.metric);
    const holds = rule.comparator === '>' ? value > rule.threshold : value < rule.threshold;
    if (!holds) return this.release(state, frame, value);
    const starting = Number.isNaN(state.activeSince);
    if (starting) state.activeSince = frame.startMs;
    if (!Number.isNaN(state.firedAt)) return null;
    const base = { ruleId: rule.id, severity: rule.severity, atMs: frame.endMs, value };
    if (frame.endMs - state.activeSince < rule.forMs) {
      return starting && this.reportPending
        ? { type: 'pending', ...base, sinceMs: state.activeSince }
        : null;
    }
    state.firedAt = frame.endMs;
    return { type: 'firing', ...base, sinceMs: state.activeSince, actions: rule.actions ?? [] };
  }

  /** The condition does not hold: a firing rule resolves, a pending one goes back to inactive. */
  private release(state: RuleState, frame: AlertFrame, value: number): AlertEvent | null {
    const { rule } = state;
    const sinceMs = state.activeSince;
    state.activeSince = Number.NaN;
    const base = { ruleId: rule.id, severity: rule.severity, atMs: frame.endMs, value };
    if (Number.isNaN(state.firedAt)) {
      return this.reportPending && !Number.isNaN(sinceMs)
        ? { type: 'inactive', ...base, sinceMs }
        : null;
    }
    const firedAtMs = state.firedAt;
    state.firedAt = Number.NaN;
    return { type: 'resolved', ...base, firedAtMs };
  }
}

function resolveScope(scope: string, layout: AlertLayout, path: string): MetricSource {
  if (scope === 'totals') return { row: layout.nodeIds.length, outEdges: [] };
  const row = layout.nodeIds.indexOf(scope);
  if (row < 0) throw new Error(`${path}: unknown node "${scope}"`);
  const outEdges: number[] = [];
  layout.edges.forEach(([from], edge) => {
    if (from === row) outEdges.push(edge);
  });
  return { row, outEdges };
}
