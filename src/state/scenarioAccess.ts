/**
 * The state layer's door to the scenario format. The UI may not import
 * `src/scenario` at runtime, so every value it needs (presets, the default
 * scenario, validation and the URL codec) is re-exported from here.
 */
export {
  CURRENT_VERSION,
  decodeScenarioFromHash,
  defaultScenario,
  encodeScenarioToHash,
  formatScenarioError,
  presets,
  SCENARIO_DEFAULTS,
  validateScenario,
  getGuideRules,
  RULE_METRICS,
  RULE_METRIC_KINDS,
  SHARE_METRICS,
  CHAOS_FAULT_TYPES,
  CHAOS_FAULT_KINDS,
  EDGE_LIVE_FIELDS,
  LIVE_EDIT_FIELDS,
  applyEditValues,
  getLiveEditField,
  isKeyStrategy,
} from '../scenario/index.ts';
export type {
  AlertRuleSpec,
  Chaos,
  ChaosFaultEntry,
  LiveEditField,
  ParamEdit,
  ParamEditValues,
  Preset,
  RuleAction,
  RuleMetric,
  RuleSeverity,
  Scenario,
  ScenarioError,
  ScenarioRule,
} from '../scenario/index.ts';

import type { Scenario } from '../scenario/index.ts';

/** One node of a scenario, as the public format describes it. */
export type ScenarioNode = Scenario['nodes'][number];
/** One edge of a scenario, as the public format describes it. */
export type ScenarioEdge = Scenario['edges'][number];
/** Every node kind of the format. */
export type ScenarioNodeKind = ScenarioNode['kind'];
/** The node type of one kind, e.g. `NodeOfKind<'cache'>`. */
export type NodeOfKind<K extends ScenarioNodeKind> = Extract<ScenarioNode, { readonly kind: K }>;
/** A node's kind-specific fields (without id, label and position). */
export type NodeBody<K extends ScenarioNodeKind> = Omit<NodeOfKind<K>, 'id' | 'label' | 'x' | 'y'>;
/** A duration distribution of the format. */
export type Dist = NodeOfKind<'service'>['serviceTimeMs'];
