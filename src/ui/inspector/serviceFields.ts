/** The inspector's fields of a service: capacity, errors and how it calls downstream. */
import { SCENARIO_DEFAULTS } from '../../state/scenarioAccess.ts';
import { CALL_MODE_EXPLANATIONS } from './explanations.ts';
import { byDefault, optionsOf, present } from './fieldHelpers.ts';
import type { FieldGroup, FieldSpec } from './fieldTypes.ts';

const SVC = SCENARIO_DEFAULTS.service;
const AS = SCENARIO_DEFAULTS.autoscaling;
const scaling = present(['autoscaling']);

/** An autoscaling number: optional, with its default as the placeholder. */
const autoscalingField = (
  key: keyof typeof AS,
  label: string,
  min: number,
  step: number,
  max?: number,
): FieldSpec => ({
  type: 'number',
  path: ['autoscaling', key],
  label,
  min,
  step,
  ...(max === undefined ? {} : { max }),
  optional: byDefault(AS[key]),
  visible: scaling,
});

/** Service fields, grouped. */
export const SERVICE_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Capacity',
    fields: [
      {
        type: 'number',
        path: ['instances'],
        label: 'Instances',
        min: 1,
        max: 1000,
        step: 1,
        optional: byDefault(SVC.instances),
      },
      {
        type: 'number',
        path: ['workers'],
        label: 'Workers per instance',
        min: 1,
        max: 10_000,
        step: 1,
      },
      {
        type: 'number',
        path: ['queueCapacity'],
        label: 'Queue capacity per instance (requests)',
        min: 0,
        step: 10,
        optional: 'unbounded',
      },
      { type: 'dist', path: ['serviceTimeMs'], label: 'Service time (ms)' },
      {
        type: 'number',
        path: ['weight'],
        label: 'Weight (for weighted round robin)',
        min: 0,
        step: 1,
        optional: byDefault(SVC.weight),
      },
      {
        type: 'number',
        path: ['errorRate'],
        label: 'Injected error rate (0–1)',
        min: 0,
        max: 1,
        step: 0.01,
        optional: byDefault(SVC.errorRate),
      },
    ],
  },
  {
    title: 'Autoscaling',
    fields: [
      {
        type: 'presence',
        path: ['autoscaling'],
        label: 'Scale instances with the load',
        help: 'Kubernetes-HPA-like: every interval, instances = ⌈serving × utilization ÷ target⌉ within min–max. New instances serve only after the start-up delay; cooldowns keep it from flapping.',
      },
      autoscalingField('minInstances', 'Min instances', 1, 1, 1000),
      autoscalingField('maxInstances', 'Max instances', 1, 1, 1000),
      autoscalingField('targetUtilization', 'Target utilization (0–1)', 0.05, 0.05, 1),
      autoscalingField('tolerance', 'Tolerance (no change within ±)', 0, 0.05, 0.99),
      autoscalingField('evaluationIntervalMs', 'Evaluate every (ms)', 1, 1000),
      autoscalingField('startupDelayMs', 'Start-up delay (ms)', 0, 1000),
      autoscalingField('scaleOutCooldownMs', 'Scale-out cooldown (ms)', 0, 1000),
      autoscalingField('scaleInCooldownMs', 'Scale-in cooldown (ms)', 0, 10_000),
    ],
  },
  {
    title: 'Downstream calls',
    fields: [
      {
        type: 'select',
        path: ['callMode'],
        label: 'Call mode',
        options: optionsOf(CALL_MODE_EXPLANATIONS),
        defaultValue: SVC.callMode,
        explanations: CALL_MODE_EXPLANATIONS,
      },
      {
        type: 'boolean',
        path: ['holdWorkerDuringCalls'],
        label: 'Hold the worker during downstream calls',
        defaultValue: SVC.holdWorkerDuringCalls,
        help: 'Thread per request: a worker waiting on the database is not free for the next request.',
      },
    ],
  },
];
