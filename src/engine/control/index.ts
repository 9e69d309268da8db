/**
 * Control loops and fault tooling around the simulation: outlier detection,
 * autoscaling, alert rules, chaos schedules and recovery measurement (pure
 * building blocks: simulated time and seeded streams are passed in), and the
 * control plane that wires them into a running simulation.
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
export { CONTROL_LOG_CAPACITY, ControlLog } from './controlLog.ts';
export type {
  ActionOutcome,
  AlertLogEvent,
  ControlEvent,
  FaultLogEvent,
  ScalingLogEvent,
} from './controlLog.ts';
export { RECOVERY, measureRecovery } from './faultRecovery.ts';
export type { RecoveryMeasure, RecoveryStatus, TotalsSeries } from './faultRecovery.ts';
export type { FaultOrigin, FaultRecovery } from './faultBook.ts';
export type { RuleTotals } from './alerting.ts';
export type { ScalerTotals } from './serviceScaler.ts';
export { MAX_ACTION_INSTANCES, MAX_FAULTS_LISTED } from './controlPlane.ts';
export type { Recovery, RecoveryOptions, WorseDirection } from './recovery.ts';
