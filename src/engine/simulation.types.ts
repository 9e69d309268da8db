import type { ControlEvent } from './control/controlLog.ts';
import type { MetricsLayout, WindowFrame } from './metrics/layout.ts';
import type { EditSpec } from './edits/editSpec.ts';
import type { FaultSpec } from './spec.ts';
import type { RunSummary } from './summary.ts';

/**
 * Outcome of a traced call, for the animated dots: `ok`; `retry` (a retry
 * attempt that succeeded); `timeout` (the caller gave up waiting); `rejected`
 * (queue full, rate limit); `failed` (any other failure: node down, injected error).
 */
export type TraceOutcome = 'ok' | 'retry' | 'timeout' | 'rejected' | 'failed';

/** Codes of `TraceOutcome` in the worker's `outcome` column, in this order. */
export const TRACE_OUTCOMES = [
  'ok',
  'retry',
  'timeout',
  'rejected',
  'failed',
] as const satisfies readonly TraceOutcome[];

/**
 * One hop of a sampled request: a call from node `from` to node `to` that was sent
 * at `sentMs`, arrived at `arrivedMs`, and was answered back at the caller at
 * `answeredMs` with `outcome`. Emitted when the answer reaches the caller.
 */
export interface TraceHop {
  /** Id of the root request (unique within a run). */
  readonly requestId: number;
  readonly from: number;
  readonly to: number;
  readonly sentMs: number;
  readonly arrivedMs: number;
  /** When the callee finished (its answer left), before response latency. */
  readonly leftMs: number;
  readonly answeredMs: number;
  readonly outcome: TraceOutcome;
}

/** A running simulation. Pure: it advances only when asked and draws only from seeded streams. */
export interface Simulation {
  readonly layout: MetricsLayout;
  /** Current simulated time, ms. */
  readonly now: number;
  /** Events processed so far. */
  readonly events: number;
  /** Whether simulated time has reached `durationMs`. */
  readonly done: boolean;
  /** Process events with time ≤ `untilMs` (capped at durationMs), at most `maxEvents`. Returns events processed. */
  runUntil(untilMs: number, maxEvents?: number): number;
  /** Run to the end. */
  runToEnd(): void;
  /** Windows closed since the last call (oldest first). */
  drainFrames(): WindowFrame[];
  /** Sampled request hops answered since the last call. */
  drainTraces(): TraceHop[];
  /**
   * Control events since the last call (alerts, scaling, faults), oldest first;
   * at most `CONTROL_LOG_CAPACITY` are kept between calls.
   */
  drainControlEvents(): ControlEvent[];
  /** Whole-run summary after warm-up, as of now. */
  summary(): RunSummary;
  /** A hash of every processed event (time, type, node); equal runs give equal hashes. */
  eventLogHash(): string;
  /**
   * Add a fault during the run (a live injection). `atMs` must not be in the past.
   * Scheduling it at `now` gives exactly the run that has it in `ModelSpec.faults`.
   */
  inject(fault: FaultSpec): void;
  /**
   * Change parameters during the run (a live edit) from `edit.atMs` on, which
   * must not be in the past. The run goes up to that instant (its events
   * included) and applies the edit there, so an edit at `now` gives exactly the
   * run that has it in `ModelSpec.edits`.
   */
  edit(edit: EditSpec): void;
}
