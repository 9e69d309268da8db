/**
 * The circuit breaker's public contract, shared by its two modes
 * (`consecutiveBreaker.ts`, `slidingWindowBreaker.ts`; build one with
 * `createCircuitBreaker` in `circuitBreaker.ts`).
 */

/** Where a breaker is: letting calls through, refusing them, or trying a few. */
export type BreakerState = 'closed' | 'open' | 'half-open';

/** One change of state, at simulated time `atMs`. */
export interface BreakerTransition {
  readonly atMs: number;
  readonly from: BreakerState;
  readonly to: BreakerState;
}

/** Called on every change of state, for event logs and timelines. */
export type BreakerTransitionListener = (
  atMs: number,
  from: BreakerState,
  to: BreakerState,
) => void;

/**
 * A circuit breaker on the caller's side of an edge. The caller asks
 * `tryAcquire(now)` before each call (false = fail fast, the call is not made)
 * and reports every permitted call's outcome exactly once with `onSuccess` or
 * `onFailure` (a timeout is a failure). `durationMs` is the call's latency.
 */
export interface CircuitBreaker {
  /** The state as of the last call into the breaker (or `advance`). */
  readonly state: BreakerState;
  /**
   * Move to half-open if the open period is over by `nowMs`. `tryAcquire` does
   * this itself; call it from a timer event to see the change on time.
   */
  advance(nowMs: number): void;
  /** When the open period ends (`Infinity` unless open): schedule `advance` then. */
  readonly openUntilMs: number;
  /** May a call start now? Counts a refusal in `rejectedCalls`. */
  tryAcquire(nowMs: number): boolean;
  onSuccess(nowMs: number, durationMs: number): void;
  onFailure(nowMs: number, durationMs: number): void;
  /**
   * Open now, whatever the state (an operator's or an alert rule's action: the
   * guide's `openCircuitBreaker`). Returns false if it was open already. The
   * open period then runs as after any opening; half-open trials follow.
   */
  forceOpen(nowMs: number): boolean;
  /** Calls refused so far. */
  readonly rejectedCalls: number;
  /** All state changes so far (a count) … */
  readonly transitionCount: number;
  /** … and the most recent ones, oldest first (at most `TRANSITIONS_KEPT`). */
  readonly transitions: readonly BreakerTransition[];
}

/** Options shared by both modes. */
export interface BreakerCommonOptions {
  /** How long the breaker stays open before half-open, in ms. */
  readonly openMs: number;
  readonly onTransition?: BreakerTransitionListener;
}

/** The guide's breaker: consecutive failures open it, consecutive successes close it. */
export interface ConsecutiveBreakerOptions extends BreakerCommonOptions {
  readonly mode: 'consecutive';
  /** Consecutive failures (while closed) that open the breaker. */
  readonly failureThreshold: number;
  /** Consecutive successes (while half-open) that close it. */
  readonly successThreshold: number;
  /** Trial calls in flight at once while half-open; default Infinity (the guide). */
  readonly halfOpenMaxCalls?: number;
}

/** resilience4j's breaker: failure and slow-call rates over a sliding window of calls. */
export interface SlidingWindowBreakerOptions extends BreakerCommonOptions {
  readonly mode: 'sliding-window';
  /** `count`: the last `windowSize` calls; `time`: the calls of the last `windowSize` seconds. */
  readonly windowType: 'count' | 'time';
  readonly windowSize: number;
  /** Calls the window must hold before rates are judged. */
  readonly minimumCalls: number;
  /** Open when failures / calls × 100 ≥ this. */
  readonly failureRateThreshold: number;
  /** A call slower than this (strictly) is slow, whether it succeeded or not. */
  readonly slowCallDurationMs: number;
  /** Open when slow calls / calls × 100 ≥ this. */
  readonly slowCallRateThreshold: number;
  /** Trial calls let through while half-open; judged once all have answered. */
  readonly permittedCallsInHalfOpen: number;
}

/** Either mode. */
export type CircuitBreakerOptions = ConsecutiveBreakerOptions | SlidingWindowBreakerOptions;
