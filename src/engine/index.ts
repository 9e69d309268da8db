/** The simulation engine's public surface. Other layers import only from here. */
export type * from './spec.ts';
export type * from './summary.ts';
export type * from './simulation.types.ts';
export type * from './edits/editSpec.ts';
export { TRACE_OUTCOMES } from './simulation.types.ts';
export * from './metrics/layout.ts';
export { HISTOGRAM_RELATIVE_ERROR } from './metrics/histogram.ts';
export { createSimulation, type SimulationOptions } from './simulation.ts';
export { distributionMean } from './random/distributions.ts';
export { keyMovement, type ShardRouting } from './nodes/shardSelector.ts';
export type { MembershipChange } from './routing/index.ts';
export {
  CONTROL_LOG_CAPACITY,
  DEFAULT_AUTOSCALER,
  DERIVED_METRICS,
  GUIDE_RULES,
  MAX_ACTION_INSTANCES,
  RECOVERY,
  instantiateRules,
} from './control/index.ts';
export type {
  ActionOutcome,
  AlertAction,
  AlertLogEvent,
  AlertMetric,
  AlertRule,
  AlertSeverity,
  AutoscalerOptions,
  ControlEvent,
  FaultLogEvent,
  FaultOrigin,
  FaultRecovery,
  GuideRule,
  GuideRuleTarget,
  RecoveryStatus,
  RuleTotals,
  ScalerTotals,
  ScalingLogEvent,
} from './control/index.ts';
