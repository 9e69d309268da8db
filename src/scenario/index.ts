/**
 * The public scenario format: types, validation (with migration), defaults,
 * compilation for the engine, the URL codec and the built-in presets.
 * Other layers import from here only.
 */
export type {
  AlertRuleSpec,
  Arrival,
  Autoscaling,
  CacheNode,
  Chaos,
  ChaosFaultEntry,
  CallMode,
  ClientNode,
  CrashFault,
  DatabaseNode,
  Dist,
  EdgeCondition,
  EvictionPolicy,
  FallbackPolicy,
  FallbackType,
  Fault,
  HealthCheck,
  KeyDistribution,
  LoadBalancerNode,
  LoadBalancerStrategy,
  ParamEdit,
  ParamEditValues,
  QueueNode,
  RateLimitPolicy,
  RateStep,
  RuleAction,
  RuleMetric,
  RuleSeverity,
  Scenario,
  ScenarioEdge,
  ScenarioError,
  ScenarioNode,
  ScenarioNodeKind,
  ScenarioRule,
  ServiceNode,
  ShardRouterNode,
  ShardStrategy,
  Slo,
  SloMetric,
  ValidationResult,
  Workload,
  WriteBehind,
  WritePolicy,
} from './types.ts';
export { validateScenario, formatScenarioError } from './validate.ts';
export { parseScenarioJson } from './parse.ts';
export { compileScenario } from './compile.ts';
export { encodeScenarioToHash, decodeScenarioFromHash } from './urlCodec.ts';
export { presets, defaultScenario, type Preset } from './presets.ts';
export { CURRENT_VERSION } from './migrations.ts';
export { SCENARIO_DEFAULTS } from './defaults.ts';
export { LIMITS } from './limits.ts';
export { getGuideRules, type RuleTopology } from './guideRules.ts';
export { RULE_METRICS, RULE_METRIC_KINDS, SHARE_METRICS } from './ruleMetrics.ts';
export { CHAOS_FAULT_KINDS, CHAOS_FAULT_TYPES } from './chaosTargets.ts';
export {
  EDGE_LIVE_FIELDS,
  LIVE_EDIT_FIELDS,
  applyEditValues,
  getLiveEditField,
  isKeyStrategy,
  type LiveEditField,
} from './liveEditFields.ts';
