/**
 * Alert rules as data, after Prometheus alerting rules (`expr`, `for:`,
 * `labels.severity`), plus the automatic actions of the guide's monitoring
 * section. The guide's own rules are in `guideRules.ts`, evaluation in
 * `alertEvaluator.ts`, metric reading in `alertMetrics.ts`.
 */
import type { MetricName } from '../metrics/layout.ts';

/** Metrics computed from a window's columns rather than read from one. */
export const DERIVED_METRICS = ['errorRate', 'healthyShare', 'imbalance'] as const;
/**
 * - `errorRate` = failed / (completed + failed) of the node's calls in the window;
 * - `healthyShare` = healthyTargets / targets (the node's outgoing edges);
 * - `imbalance` = max / mean − 1 of the calls over the node's outgoing edges.
 */
export type DerivedMetric = (typeof DERIVED_METRICS)[number];
export type AlertMetric = MetricName | DerivedMetric;

export type AlertSeverity = 'info' | 'warning' | 'critical';

/** What to do, once, when a rule starts firing. Nodes are named by id. */
export type AlertAction =
  | { readonly type: 'scale'; readonly node: string; readonly factor: number }
  | {
      readonly type: 'open-breaker';
      readonly edge: { readonly from: string; readonly to: string };
    };

/** One rule. The condition is `metric comparator threshold` on the row `scope`. */
export interface AlertRule {
  readonly id: string;
  readonly metric: AlertMetric;
  /** A node id, or `'totals'` for what the clients saw end to end. */
  readonly scope: string;
  readonly comparator: '>' | '<';
  readonly threshold: number;
  /** The condition must hold this long (whole windows) before the rule fires; 0 = at once. */
  readonly forMs: number;
  readonly severity: AlertSeverity;
  /** Done once per firing, in order (the guide opens a breaker *and* scales up). */
  readonly actions?: readonly AlertAction[];
  readonly summary?: string;
}
