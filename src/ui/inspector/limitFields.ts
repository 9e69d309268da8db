/** The inspector's rate-limit and fallback fields of an edge policy (the caller's side). */
import { SCENARIO_DEFAULTS } from '../../state/scenarioAccess.ts';
import { FALLBACK_EXPLANATIONS, RATE_LIMIT_HELP } from './explanations.ts';
import { byDefault, optionsOf, present, when } from './fieldHelpers.ts';
import type { FieldGroup } from './fieldTypes.ts';

const F = SCENARIO_DEFAULTS.fallback;
const hasPolicy = present(['policy']);
const limited = present(['policy', 'rateLimit']);
const stale = when(['policy', 'fallback', 'type'], ['stale']);
const pending = when(['policy', 'fallback', 'type'], ['pending']);

/** A new fallback of the chosen type; `error` is the default, so it removes the field. */
function fallbackOf(type: string): unknown {
  if (type === 'error') return undefined;
  return type === 'stale' ? { type, capacity: 1000 } : { type };
}

/** Rate limit and fallback, shown once the edge has a policy. */
export const LIMIT_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Rate limit',
    visible: hasPolicy,
    fields: [
      {
        type: 'presence',
        path: ['policy', 'rateLimit'],
        label: 'Limit the calls per second (token bucket)',
        help: RATE_LIMIT_HELP,
        initial: { ratePerSec: 100 },
      },
      {
        type: 'number',
        path: ['policy', 'rateLimit', 'ratePerSec'],
        label: 'Rate (calls / s)',
        min: 0,
        step: 10,
        visible: limited,
      },
      {
        type: 'number',
        path: ['policy', 'rateLimit', 'burst'],
        label: 'Burst (bucket size)',
        min: 1,
        step: 1,
        optional: 'default: 1 s of tokens',
        visible: limited,
      },
    ],
  },
  {
    title: 'Fallback',
    visible: hasPolicy,
    fields: [
      {
        type: 'select',
        path: ['policy', 'fallback', 'type'],
        label: 'When a call has finally failed, answer',
        options: optionsOf(FALLBACK_EXPLANATIONS),
        defaultValue: 'error',
        explanations: FALLBACK_EXPLANATIONS,
        template: fallbackOf,
      },
      {
        type: 'number',
        path: ['policy', 'fallback', 'capacity'],
        label: 'Copies kept (keys, LRU)',
        min: 1,
        step: 100,
        visible: stale,
      },
      {
        type: 'number',
        path: ['policy', 'fallback', 'maxAgeMs'],
        label: 'Oldest copy served (ms)',
        min: 1,
        step: 1000,
        optional: 'any age',
        visible: stale,
      },
      {
        type: 'number',
        path: ['policy', 'fallback', 'reconcileAfterMs'],
        label: 'Send again after (ms)',
        min: 1,
        step: 1000,
        optional: byDefault(F.reconcileAfterMs),
        visible: pending,
      },
      {
        type: 'number',
        path: ['policy', 'fallback', 'maxReconcileAttempts'],
        label: 'Tries before giving up',
        min: 1,
        step: 1,
        optional: byDefault(F.maxReconcileAttempts),
        visible: pending,
      },
    ],
  },
];
