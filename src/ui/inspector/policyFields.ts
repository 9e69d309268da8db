/** The inspector's fields of an edge's resilience policy: timeout and retries (the caller's side). */
import { SCENARIO_DEFAULTS } from '../../state/scenarioAccess.ts';
import { BREAKER_MODE_EXPLANATIONS, JITTER_EXPLANATIONS } from './explanations.ts';
import { byDefault, optionsOf } from './fieldHelpers.ts';
import type { FieldGroup, Subject } from './fieldTypes.ts';

const R = SCENARIO_DEFAULTS.retry;
const B = SCENARIO_DEFAULTS.retryBudget;
const CB = SCENARIO_DEFAULTS.circuitBreaker;
const AT = SCENARIO_DEFAULTS.adaptiveTimeout;
const BH = SCENARIO_DEFAULTS.bulkhead;

const policyOf = (s: Subject): Record<string, unknown> | undefined =>
  typeof s['policy'] === 'object' && s['policy'] !== null
    ? (s['policy'] as Record<string, unknown>)
    : undefined;
const hasPolicy = (s: Subject): boolean => policyOf(s) !== undefined;
const retries = (s: Subject): boolean => policyOf(s)?.['retry'] !== undefined;
const budgeted = (s: Subject): boolean => retries(s) && policyOf(s)?.['retryBudget'] !== undefined;
const breakerOf = (s: Subject): Record<string, unknown> | undefined => {
  const b = policyOf(s)?.['circuitBreaker'];
  return typeof b === 'object' && b !== null ? (b as Record<string, unknown>) : undefined;
};
const consecutive = (s: Subject): boolean => {
  const b = breakerOf(s);
  return b !== undefined && (b['mode'] ?? 'consecutive') === 'consecutive';
};
const windowed = (s: Subject): boolean => breakerOf(s)?.['mode'] === 'sliding-window';
const anyBreaker = (s: Subject): boolean => breakerOf(s) !== undefined;
const adaptive = (s: Subject): boolean => policyOf(s)?.['adaptiveTimeout'] !== undefined;
const bulkheaded = (s: Subject): boolean => policyOf(s)?.['bulkhead'] !== undefined;

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
        path: ['policy', 'adaptiveTimeout'],
        label: 'Adaptive timeout instead (k × recent p95)',
        help: 'The guide’s adaptive timeout: 2 × the p95 of recent calls, kept within 1–30 s. Clear the fixed timeout to use it.',
        visible: hasPolicy,
      },
      {
        type: 'number',
        path: ['policy', 'adaptiveTimeout', 'multiplier'],
        label: 'k (× recent p95)',
        min: 0.1,
        step: 0.5,
        optional: byDefault(AT.multiplier),
        visible: adaptive,
      },
      {
        type: 'number',
        path: ['policy', 'adaptiveTimeout', 'minMs'],
        label: 'At least (ms)',
        min: 1,
        step: 100,
        optional: byDefault(AT.minMs),
        visible: adaptive,
      },
      {
        type: 'number',
        path: ['policy', 'adaptiveTimeout', 'maxMs'],
        label: 'At most (ms)',
        min: 1,
        step: 1000,
        optional: byDefault(AT.maxMs),
        visible: adaptive,
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
      {
        type: 'presence',
        path: ['policy', 'retryBudget'],
        label: 'Limit retries with a budget',
        help: 'Finagle’s retry budget: each request earns a fraction of a retry; when the budget is spent, failures are not retried. Keeps a retry storm from multiplying the load.',
        visible: retries,
      },
      {
        type: 'number',
        path: ['policy', 'retryBudget', 'percentCanRetry'],
        label: 'Retries earned per request (0.2 = 20 %)',
        min: 0,
        max: 1000,
        step: 0.05,
        optional: byDefault(B.percentCanRetry),
        visible: budgeted,
      },
      {
        type: 'number',
        path: ['policy', 'retryBudget', 'minRetriesPerSec'],
        label: 'Reserve (retries per second)',
        min: 0,
        step: 1,
        optional: byDefault(B.minRetriesPerSec),
        visible: budgeted,
      },
    ],
  },
  {
    title: 'Bulkhead',
    visible: hasPolicy,
    fields: [
      {
        type: 'presence',
        path: ['policy', 'bulkhead'],
        label: 'Cap the calls out on this edge',
        help: 'Isolates this dependency: at most N calls wait on it at once, so a slow dependency cannot take every worker of the caller. Calls over the cap wait (up to the waiting room) or fail fast.',
      },
      {
        type: 'number',
        path: ['policy', 'bulkhead', 'maxConcurrent'],
        label: 'At most at once',
        min: 1,
        step: 1,
        optional: byDefault(BH.maxConcurrent),
        visible: bulkheaded,
      },
      {
        type: 'number',
        path: ['policy', 'bulkhead', 'maxWaiting'],
        label: 'Waiting room',
        min: 0,
        step: 1,
        optional: byDefault(BH.maxWaiting),
        visible: bulkheaded,
      },
    ],
  },
  {
    title: 'Circuit breaker',
    visible: hasPolicy,
    fields: [
      {
        type: 'presence',
        path: ['policy', 'circuitBreaker'],
        label: 'Fail fast while the callee is failing',
        help: 'Open: calls fail at once (rejected-breaker-open) without reaching the callee, which gets room to recover. Guide: 5 failures in a row open it for 60 s; 3 successes close it.',
      },
      {
        type: 'select',
        path: ['policy', 'circuitBreaker', 'mode'],
        label: 'Mode',
        options: optionsOf(BREAKER_MODE_EXPLANATIONS),
        defaultValue: 'consecutive',
        explanations: BREAKER_MODE_EXPLANATIONS,
        visible: anyBreaker,
      },
      {
        type: 'number',
        path: ['policy', 'circuitBreaker', 'openMs'],
        label: 'Open for (ms)',
        min: 1,
        step: 1000,
        optional: byDefault(CB.openMs),
        visible: anyBreaker,
      },
      {
        type: 'number',
        path: ['policy', 'circuitBreaker', 'failureThreshold'],
        label: 'Failures in a row to open',
        min: 1,
        step: 1,
        optional: byDefault(CB.failureThreshold),
        visible: consecutive,
      },
      {
        type: 'number',
        path: ['policy', 'circuitBreaker', 'successThreshold'],
        label: 'Successes to close (half-open)',
        min: 1,
        step: 1,
        optional: byDefault(CB.successThreshold),
        visible: consecutive,
      },
      {
        type: 'number',
        path: ['policy', 'circuitBreaker', 'windowSize'],
        label: 'Window (calls)',
        min: 1,
        step: 10,
        optional: byDefault(CB.windowSize),
        visible: windowed,
      },
      {
        type: 'number',
        path: ['policy', 'circuitBreaker', 'minimumCalls'],
        label: 'Calls before judging',
        min: 1,
        step: 10,
        optional: byDefault(CB.minimumCalls),
        visible: windowed,
      },
      {
        type: 'number',
        path: ['policy', 'circuitBreaker', 'failureRateThreshold'],
        label: 'Failure rate to open (%)',
        min: 1,
        max: 100,
        step: 5,
        optional: byDefault(CB.failureRateThreshold),
        visible: windowed,
      },
    ],
  },
];
