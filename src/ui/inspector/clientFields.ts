/** The inspector's fields of a client: arrival process and workload. */
import { SCENARIO_DEFAULTS } from '../../state/scenarioAccess.ts';
import { ARRIVAL_EXPLANATIONS, KEY_DISTRIBUTION_EXPLANATIONS } from './explanations.ts';
import { byDefault, optionsOf, when } from './fieldHelpers.ts';
import type { FieldGroup, FieldSpec, Subject } from './fieldTypes.ts';
import { getIn } from '../../state/jsonPath.ts';

const arrivalIs = (...types: string[]) => when(['arrival', 'type'], types);
const workload = { path: ['workload'], value: SCENARIO_DEFAULTS.workload } as const;
const keysAre = (d: string) => when(['workload', 'keys', 'distribution'], [d], 'uniform');
const RATE = { min: 0, max: 1_000_000, step: 10 } as const;

/** A new arrival process of `type`, keeping the current rate where it has one. */
export function getArrivalTemplate(type: string, subject: Subject): unknown {
  const rate = getIn(subject, ['arrival', 'ratePerSec']) ?? getIn(subject, ['arrival', 'toPerSec']);
  const r = typeof rate === 'number' ? rate : 100;
  switch (type) {
    case 'steps':
      return {
        type,
        steps: [
          { atMs: 0, ratePerSec: r },
          { atMs: 30_000, ratePerSec: 2 * r },
        ],
      };
    case 'ramp':
      return { type, fromPerSec: r / 2, toPerSec: 2 * r, durationMs: 60_000 };
    case 'spike':
      return { type, ratePerSec: r, spikeRatePerSec: 3 * r, atMs: 30_000, durationMs: 10_000 };
    case 'users':
      return { type, users: 50, thinkTimeMs: { type: 'exponential', mean: 500 } };
    default:
      return { type, ratePerSec: r };
  }
}

const arrivalFields: readonly FieldSpec[] = [
  {
    type: 'select',
    path: ['arrival', 'type'],
    label: 'Arrival process',
    options: optionsOf(ARRIVAL_EXPLANATIONS),
    explanations: ARRIVAL_EXPLANATIONS,
    template: getArrivalTemplate,
  },
  {
    type: 'number',
    path: ['arrival', 'ratePerSec'],
    label: 'Rate (requests/s)',
    ...RATE,
    visible: arrivalIs('poisson', 'constant', 'spike'),
  },
  {
    type: 'number',
    path: ['arrival', 'spikeRatePerSec'],
    label: 'Spike rate (requests/s)',
    ...RATE,
    visible: arrivalIs('spike'),
  },
  {
    type: 'number',
    path: ['arrival', 'atMs'],
    label: 'Spike starts at (ms)',
    min: 0,
    step: 1000,
    visible: arrivalIs('spike'),
  },
  {
    type: 'number',
    path: ['arrival', 'durationMs'],
    label: 'Lasting (ms)',
    min: 0,
    step: 1000,
    visible: arrivalIs('spike', 'ramp'),
  },
  {
    type: 'number',
    path: ['arrival', 'fromPerSec'],
    label: 'From (requests/s)',
    ...RATE,
    visible: arrivalIs('ramp'),
  },
  {
    type: 'number',
    path: ['arrival', 'toPerSec'],
    label: 'To (requests/s)',
    ...RATE,
    visible: arrivalIs('ramp'),
  },
  {
    type: 'number',
    path: ['arrival', 'startMs'],
    label: 'Ramp starts at (ms)',
    min: 0,
    step: 1000,
    optional: byDefault(SCENARIO_DEFAULTS.rampStartMs),
    visible: arrivalIs('ramp'),
  },
  { type: 'steps', path: ['arrival', 'steps'], label: 'Rate steps', visible: arrivalIs('steps') },
  {
    type: 'number',
    path: ['arrival', 'users'],
    label: 'Users',
    min: 1,
    max: 100_000,
    step: 1,
    visible: arrivalIs('users'),
  },
  {
    type: 'dist',
    path: ['arrival', 'thinkTimeMs'],
    label: 'Think time (ms)',
    visible: arrivalIs('users'),
  },
];

const workloadFields: readonly FieldSpec[] = [
  {
    type: 'number',
    path: ['workload', 'readRatio'],
    label: 'Read share (0–1)',
    min: 0,
    max: 1,
    step: 0.05,
    parent: workload,
  },
  {
    type: 'number',
    path: ['workload', 'keys', 'count'],
    label: 'Keys',
    min: 1,
    max: 1e9,
    step: 1000,
    parent: workload,
  },
  {
    type: 'select',
    path: ['workload', 'keys', 'distribution'],
    label: 'Key distribution',
    options: optionsOf(KEY_DISTRIBUTION_EXPLANATIONS),
    explanations: KEY_DISTRIBUTION_EXPLANATIONS,
    parent: workload,
  },
  {
    type: 'number',
    path: ['workload', 'keys', 'exponent'],
    label: 'Zipf exponent s',
    min: 0,
    max: 10,
    step: 0.01,
    optional: byDefault(SCENARIO_DEFAULTS.zipfExponent),
    parent: workload,
    visible: keysAre('zipf'),
  },
  {
    type: 'number',
    path: ['workload', 'keys', 'hotKeys'],
    label: 'Hot keys',
    min: 1,
    step: 1,
    optional: byDefault(SCENARIO_DEFAULTS.hotKeys),
    parent: workload,
    visible: keysAre('hot-key'),
  },
  {
    type: 'number',
    path: ['workload', 'keys', 'hotShare'],
    label: 'Share to hot keys (0–1)',
    min: 0,
    max: 1,
    step: 0.05,
    optional: byDefault(SCENARIO_DEFAULTS.hotShare),
    parent: workload,
    visible: keysAre('hot-key'),
  },
  {
    type: 'number',
    path: ['workload', 'batchSize'],
    label: 'Keys per request',
    min: 1,
    max: 64,
    step: 1,
    optional: byDefault(SCENARIO_DEFAULTS.batchSize),
    parent: workload,
  },
  {
    type: 'number',
    path: ['workload', 'crossShardRatio'],
    label: 'Cross-shard reads (0–1)',
    min: 0,
    max: 1,
    step: 0.05,
    optional: byDefault(SCENARIO_DEFAULTS.crossShardRatio),
    parent: workload,
  },
];

/** Client fields, grouped. */
export const CLIENT_GROUPS: readonly FieldGroup[] = [
  { title: 'Arrivals', fields: arrivalFields },
  { title: 'Workload', fields: workloadFields },
];
