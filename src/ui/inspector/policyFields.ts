/** The inspector's fields of an edge's resilience policy: timeout and retries (the caller's side). */
import { SCENARIO_DEFAULTS } from '../../state/scenarioAccess.ts';
import { JITTER_EXPLANATIONS } from './explanations.ts';
import { byDefault, optionsOf } from './fieldHelpers.ts';
import type { FieldGroup, Subject } from './fieldTypes.ts';

const R = SCENARIO_DEFAULTS.retry;

const policyOf = (s: Subject): Record<string, unknown> | undefined =>
  typeof s['policy'] === 'object' && s['policy'] !== null
    ? (s['policy'] as Record<string, unknown>)
    : undefined;
const hasPolicy = (s: Subject): boolean => policyOf(s) !== undefined;
const retries = (s: Subject): boolean => policyOf(s)?.['retry'] !== undefined;

/** Timeout and retry fields, shown once the edge has a policy. */
export const POLICY_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Resilience policy (caller side)',
    fields: [
      {
        type: 'presence',
        path: ['policy'],
        label: 'Use a timeout / retry policy',
        help: 'A timed-out call fails at the caller, but the callee keeps working on it: wasted work is real.',
      },
      {
        type: 'number',
        path: ['policy', 'timeoutMs'],
        label: 'Timeout per attempt (ms)',
        min: 1,
        step: 50,
        optional: 'no timeout',
        visible: hasPolicy,
      },
      {
        type: 'presence',
        path: ['policy', 'retry'],
        label: 'Retry failed or timed-out calls',
        help: 'Exponential backoff: base × multiplier^(n−1), capped, with jitter (guide: 3 attempts, 1 s, 10 s cap).',
        visible: hasPolicy,
      },
      {
        type: 'number',
        path: ['policy', 'retry', 'maxAttempts'],
        label: 'Attempts in all (first included)',
        min: 1,
        max: 20,
        step: 1,
        optional: byDefault(R.maxAttempts),
        visible: retries,
      },
      {
        type: 'number',
        path: ['policy', 'retry', 'baseMs'],
        label: 'Backoff base (ms)',
        min: 0,
        step: 100,
        optional: byDefault(R.baseMs),
        visible: retries,
      },
      {
        type: 'number',
        path: ['policy', 'retry', 'multiplier'],
        label: 'Backoff multiplier',
        min: 1,
        max: 100,
        step: 0.5,
        optional: byDefault(R.multiplier),
        visible: retries,
      },
      {
        type: 'number',
        path: ['policy', 'retry', 'maxMs'],
        label: 'Backoff cap (ms)',
        min: 0,
        step: 1000,
        optional: byDefault(R.maxMs),
        visible: retries,
      },
      {
        type: 'select',
        path: ['policy', 'retry', 'jitter'],
        label: 'Jitter',
        options: optionsOf(JITTER_EXPLANATIONS),
        defaultValue: R.jitter,
        explanations: JITTER_EXPLANATIONS,
        visible: retries,
      },
    ],
  },
];
