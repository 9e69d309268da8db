/** The inspector's fields of a service: capacity, errors and how it calls downstream. */
import { SCENARIO_DEFAULTS } from '../../state/scenarioAccess.ts';
import { CALL_MODE_EXPLANATIONS } from './explanations.ts';
import { byDefault, optionsOf } from './fieldHelpers.ts';
import type { FieldGroup } from './fieldTypes.ts';

const SVC = SCENARIO_DEFAULTS.service;

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
