/**
 * Control loops and fault tooling around the simulation: outlier detection,
 * autoscaling, alert rules, chaos schedules and recovery measurement. Pure
 * building blocks: simulated time and seeded streams are passed in.
 */
export { GUIDE_OUTLIER_DETECTION, OutlierDetector } from './outlierDetector.ts';
export type { OutlierDetectionOptions } from './outlierDetector.ts';
export { Autoscaler, DEFAULT_AUTOSCALER } from './autoscaler.ts';
export type { AutoscalerOptions, ScalingEvent } from './autoscaler.ts';
export { DERIVED_METRICS } from './alertRules.ts';
export type {
  AlertAction,
  AlertMetric,
  AlertRule,
  AlertSeverity,
  DerivedMetric,
} from './alertRules.ts';
export { GUIDE_RULES, instantiateRules } from './guideRules.ts';
export type { GuideRule, GuideRuleTarget, RuleLayout } from './guideRules.ts';
export { readAlertMetric } from './alertMetrics.ts';
export type { AlertFrame, MetricSource } from './alertMetrics.ts';
export { AlertEvaluator } from './alertEvaluator.ts';
export type { AlertEvent, AlertLayout } from './alertEvaluator.ts';
export { createChaosSchedule, createChaosStreams } from './chaos.ts';
export type { ChaosFault, ChaosFaultType, ChaosOptions, ChaosStreams } from './chaos.ts';
export { timeToRecover } from './recovery.ts';
export type { Recovery, RecoveryOptions, WorseDirection } from './recovery.ts';
