/**
 * Compiling the control plane of a scenario: a service's `autoscaling` with
 * every default applied, `rules` with `{ "guide": true }` bound to the nodes
 * (scopes and actions stay node ids, as the engine's `AlertRule` has them), and
 * `chaos` with its targets resolved to node indices and per-node fault mixes.
 */
import type {
  AlertRule,
  AutoscalerOptions,
  ChaosFaultTemplate,
  ChaosSpec,
} from '../engine/index.ts';
import { resolveChaosTargets } from './chaosTargets.ts';
import { SCENARIO_DEFAULTS } from './defaults.ts';
import { getGuideRules } from './guideRules.ts';
import type { ServiceNode } from './nodeTypes.ts';
import type { AlertRuleSpec, ChaosFaultEntry, Scenario } from './types.ts';

/** A service's autoscaler settings, or undefined when it does not autoscale. */
export function compileAutoscaling(node: ServiceNode): AutoscalerOptions | undefined {
  const a = node.autoscaling;
  if (a === undefined) return undefined;
  const D = SCENARIO_DEFAULTS.autoscaling;
  return {
    minInstances: a.minInstances ?? D.minInstances,
    maxInstances: a.maxInstances ?? D.maxInstances,
    targetUtilization: a.targetUtilization ?? D.targetUtilization,
    tolerance: a.tolerance ?? D.tolerance,
    evaluationIntervalMs: a.evaluationIntervalMs ?? D.evaluationIntervalMs,
    scaleOutCooldownMs: a.scaleOutCooldownMs ?? D.scaleOutCooldownMs,
    scaleInCooldownMs: a.scaleInCooldownMs ?? D.scaleInCooldownMs,
    startupDelayMs: a.startupDelayMs ?? D.startupDelayMs,
  };
}

/** Every rule the engine evaluates, in document order (the guide's where `{ "guide": true }` stands). */
export function compileRules(s: Scenario): AlertRule[] | undefined {
  if (s.rules === undefined) return undefined;
  return s.rules.flatMap((rule, i) =>
    'guide' in rule ? getGuideRules(s).map((g) => compileRule(g, 0)) : [compileRule(rule, i + 1)],
  );
}

function compileRule(rule: AlertRuleSpec, position: number): AlertRule {
  const D = SCENARIO_DEFAULTS.rule;
  const actions = (rule.actions ?? []).map((a) =>
    a.type === 'scale'
      ? { type: 'scale' as const, node: a.node, factor: a.factor }
      : { type: 'open-breaker' as const, edge: { from: a.from, to: a.to } },
  );
  return {
    id: rule.id ?? `rule-${position}`,
    metric: rule.metric,
    scope: rule.node ?? 'totals',
    comparator: rule.comparator ?? D.comparator,
    threshold: rule.threshold,
    forMs: rule.forMs ?? D.forMs,
    severity: rule.severity ?? D.severity,
    ...(actions.length === 0 ? {} : { actions }),
    ...(rule.summary === undefined ? {} : { summary: rule.summary }),
  };
}

/** Chaos mode for the engine, or undefined when off. The scenario must be valid. */
export function compileChaos(s: Scenario): ChaosSpec | undefined {
  const chaos = s.chaos;
  if (chaos === undefined) return undefined;
  const targets = resolveChaosTargets(chaos, s.nodes, () => {
    throw new Error('compileScenario: chaos targets are invalid; validate first');
  });
  const D = SCENARIO_DEFAULTS.chaos;
  return {
    seed: chaos.seed ?? s.seed,
    timeBetweenFailures: { type: 'exponential', mean: chaos.meanTimeBetweenFailuresMs },
    timeToRepair: { type: 'exponential', mean: chaos.meanTimeToRepairMs },
    startMs: chaos.startMs ?? D.startMs,
    targets: (targets ?? []).map((t) => ({
      node: t.index,
      mix: t.mix.map((f) => ({ weight: f.weight ?? D.weight, fault: toTemplate(f) })),
    })),
  };
}

function toTemplate(f: ChaosFaultEntry): ChaosFaultTemplate {
  switch (f.type) {
    case 'slow':
      return { type: 'slow', factor: f.factor };
    case 'errors':
      return { type: 'errors', probability: f.probability };
    case 'crash':
    case 'partition':
    case 'cache-flush':
      return { type: f.type };
  }
}
