/**
 * Circuit breakers: fail fast while a downstream is failing, then probe it.
 * Two modes behind one interface (`CircuitBreaker`, in `breakerTypes.ts`):
 * `consecutive` (the guide's) and `sliding-window` (resilience4j's). See
 * CONTEXT.md in this folder for when to use which.
 */
import { assertNever } from '../../lib/assertNever.ts';
import { ConsecutiveBreaker } from './consecutiveBreaker.ts';
import { SlidingWindowBreaker } from './slidingWindowBreaker.ts';
import type { CircuitBreaker, CircuitBreakerOptions } from './breakerTypes.ts';

export type {
  BreakerState,
  BreakerTransition,
  BreakerTransitionListener,
  CircuitBreaker,
  CircuitBreakerOptions,
  ConsecutiveBreakerOptions,
  SlidingWindowBreakerOptions,
} from './breakerTypes.ts';
export { TRANSITIONS_KEPT } from './transitionLog.ts';

/**
 * A closed breaker. Throws a RangeError naming the first option out of range
 * (the scenario layer validates user input first; this guards the engine's
 * own calls). Every method is O(1) and allocation-free, except reading
 * `transitions` (a fresh array of at most `TRANSITIONS_KEPT` entries).
 */
export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  const problem = checkBreakerOptions(options);
  if (problem !== null) throw new RangeError(`circuit breaker ${problem}`);
  switch (options.mode) {
    case 'consecutive':
      return new ConsecutiveBreaker(options);
    case 'sliding-window':
      return new SlidingWindowBreaker(options);
    default:
      return assertNever(options, 'circuit breaker mode');
  }
}

/** Why `options` are unusable, or `null` when they are fine. */
export function checkBreakerOptions(options: CircuitBreakerOptions): string | null {
  if (!(options.openMs >= 0)) return `openMs must be ≥ 0, got ${options.openMs}`;
  if (options.mode === 'consecutive') {
    return (
      positiveInt('failureThreshold', options.failureThreshold) ??
      positiveInt('successThreshold', options.successThreshold) ??
      (options.halfOpenMaxCalls === undefined || options.halfOpenMaxCalls >= 1
        ? null
        : `halfOpenMaxCalls must be ≥ 1, got ${options.halfOpenMaxCalls}`)
    );
  }
  return (
    positiveInt('windowSize', options.windowSize) ??
    positiveInt('minimumCalls', options.minimumCalls) ??
    positiveInt('permittedCallsInHalfOpen', options.permittedCallsInHalfOpen) ??
    percent('failureRateThreshold', options.failureRateThreshold) ??
    percent('slowCallRateThreshold', options.slowCallRateThreshold) ??
    (options.slowCallDurationMs >= 0
      ? null
      : `slowCallDurationMs must be ≥ 0, got ${options.slowCallDurationMs}`)
  );
}

function positiveInt(name: string, value: number): string | null {
  return Number.isInteger(value) && value >= 1 && value <= 2 ** 24
    ? null
    : `${name} must be an integer in [1, 2^24], got ${value}`;
}

function percent(name: string, value: number): string | null {
  return value > 0 && value <= 100 ? null : `${name} must be in (0, 100], got ${value}`;
}
