/**
 * The debrief's input and output types. Alerts and recovery times are optional
 * inputs: the run summary may or may not carry them (they come from the
 * engine's alert rules and recovery measurement); without them the debrief
 * says so instead of guessing.
 */
import type { Slo } from '../../scenario/index.ts';

/** An alert rule that fired during the run. */
export interface DebriefAlert {
  readonly ruleId: string;
  readonly severity: string;
  readonly firedAtMs: number;
  /** When it resolved, or null if still firing at the end. */
  readonly resolvedAtMs: number | null;
}

/** A fault on the timeline, with its time to recover when it was measured. */
export interface DebriefFaultInput {
  readonly type: string;
  readonly target: string;
  readonly atMs: number;
  readonly durationMs: number;
  /** ms from the fault's end until the system was back; null = never (metastable); absent = not measured. */
  readonly timeToRecoverMs?: number | null;
}

/** Whole-run numbers the debrief reads (a subset of the run summary, plus the peak window). */
export interface DebriefInput {
  readonly requests: number;
  readonly succeeded: number;
  readonly failed: number;
  /** Successful requests per second after warm-up. */
  readonly goodputPerSec: number;
  readonly latencyMs: {
    readonly mean: number;
    readonly p50: number;
    readonly p95: number;
    readonly p99: number;
    readonly p999: number;
  };
  /** The worst window's end-to-end p99 after warm-up, and when that window ended; null without windows. */
  readonly peakP99: { readonly valueMs: number; readonly atMs: number } | null;
  /** Failures the clients saw, by cause. */
  readonly failuresByCause: Readonly<Record<string, number>>;
  readonly faults: readonly DebriefFaultInput[];
  /** Alerts that fired; undefined when the run carried no alert information. */
  readonly alerts?: readonly DebriefAlert[];
  readonly slos: readonly Slo[];
}

/** The verdict on one SLO. */
export interface SloVerdict {
  readonly name: string;
  readonly slo: Slo;
  readonly actual: number;
  readonly met: boolean;
  /** A sentence for people, e.g. "Met: p99 was 24.2 ms; the objective is at most 50 ms." */
  readonly sentence: string;
}

export interface Debrief {
  readonly requests: number;
  /** failed / (succeeded + failed), 0 when nothing finished. */
  readonly errorRate: number;
  readonly availability: number;
  readonly goodputPerSec: number;
  readonly peakP99: DebriefInput['peakP99'];
  readonly failuresByCause: readonly { readonly cause: string; readonly count: number }[];
  readonly faults: readonly DebriefFaultInput[];
  /** null: the run carried no alert information. */
  readonly alerts: readonly DebriefAlert[] | null;
  readonly slos: readonly SloVerdict[];
  /** One line: every objective met, some missed, or none set. */
  readonly headline: string;
}
