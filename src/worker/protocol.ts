import type { ControlEvent, MetricsLayout, RunSummary } from '../engine/index.ts';
import type { ParamEdit } from '../scenario/index.ts';

/** Simulated ms per wall ms (0.1 … 1000), or 'max' for as fast as possible. */
export type Speed = number | 'max';

export type RunStatus = 'idle' | 'running' | 'paused' | 'finished';

/**
 * A batch of metrics streamed from the worker, at most ~30 per wall second.
 * `frames` holds `frameCount` closed windows back to back, each
 * `layout.rows × METRIC_COUNT` values (see engine/metrics/layout.ts); its buffer is transferred.
 */
export interface MetricsBatch {
  readonly frameCount: number;
  /** Index of the first window in this batch. */
  readonly firstWindow: number;
  readonly frames: Float64Array;
  /** The same windows' per-edge values, each `layout.edges.length × EDGE_METRIC_COUNT`; transferred. */
  readonly edgeFrames: Float64Array;
  /** Sampled hops, as columns (one entry per hop); buffers are transferred. */
  readonly traces: TraceColumns;
  /**
   * What the control plane did since the last batch (alerts, scaling, faults),
   * oldest first; the engine keeps at most `CONTROL_LOG_CAPACITY` between batches.
   */
  readonly controlEvents: readonly ControlEvent[];
  readonly simTimeMs: number;
  readonly events: number;
  /** Requests completed per wall second over the last slice (engine throughput). */
  readonly wallRate: number;
  readonly status: RunStatus;
  /** Present when the run finished. */
  readonly summary?: RunSummary;
}

export interface TraceColumns {
  readonly count: number;
  readonly requestId: Float64Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly sentMs: Float64Array;
  readonly arrivedMs: Float64Array;
  readonly leftMs: Float64Array;
  readonly answeredMs: Float64Array;
  /** 1 = ok, 0 = failed. */
  readonly ok: Uint8Array;
  /** Index into `TRACE_OUTCOMES`: ok, retry, timeout, rejected, failed. */
  readonly outcome: Uint8Array;
}

export type LoadResult =
  | { readonly ok: true; readonly layout: MetricsLayout }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Receives batches; passed to `start` wrapped in comlink's `proxy`. */
export type BatchListener = (batch: MetricsBatch) => void;

/**
 * The API the simulation worker exposes with comlink. Every method returns a
 * Promise on the caller's side; `await` each one.
 */
export interface SimWorkerApi {
  /** Validate and load a scenario (the public JSON format). Resets any run. */
  load(scenario: unknown): LoadResult;
  /** Start (or restart) the loaded run, streaming batches to `listener`. */
  start(listener: BatchListener): void;
  pause(): void;
  resume(): void;
  /** While paused (or idle): advance by `windows` metric windows and emit a batch. */
  step(windows?: number): void;
  setSpeed(speed: Speed): void;
  /** Stop the run and drop it; `load` again to run anew. */
  stop(): void;
  /**
   * Inject a fault now, into the running (or paused) run, without pausing it.
   * The fault is validated against the loaded scenario (targets, overlaps) and,
   * if accepted, returned with its start time so it can be recorded into the
   * scenario: replaying the recorded scenario gives exactly this run.
   */
  inject(fault: LiveFault): InjectResult;
  /**
   * Change live-editable parameters now, in the running (or paused) run. The
   * edit is validated with the format's rules and, if accepted, returned as
   * recorded (its `atMs` = the current simulated time, values restored) so it
   * can go into the scenario's `edits`: replaying that gives exactly this run.
   */
  edit(edit: LiveParamEdit): EditResult;
}

/** A parameter edit to make live: it takes effect at the current simulated time. */
export type LiveParamEdit = DistributiveOmit<ParamEdit, 'atMs'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The edit as recorded into the scenario, or why it was refused (path-qualified lines). */
export type EditResult =
  | { readonly ok: true; readonly edit: ParamEdit }
  | { readonly ok: false; readonly errors: readonly string[] };

/** A fault to inject live: it starts at the current simulated time. */
export type LiveFault =
  | { readonly type: 'crash'; readonly target: string; readonly durationMs: number }
  | {
      readonly type: 'slow';
      readonly target: string;
      readonly durationMs: number;
      readonly factor: number;
    }
  | {
      readonly type: 'errors';
      readonly target: string;
      readonly durationMs: number;
      readonly probability: number;
    }
  | { readonly type: 'partition'; readonly target: string; readonly durationMs: number }
  | { readonly type: 'cache-flush'; readonly target: string }
  | {
      readonly type: 'replica-lag' | 'traffic-spike';
      readonly target: string;
      readonly durationMs: number;
      readonly factor: number;
    }
  | {
      readonly type: 'hot-key';
      readonly target: string;
      readonly durationMs: number;
      readonly hotShare: number;
    };

/** The fault as recorded on the scenario's timeline, or why it was refused. */
export type InjectResult =
  | { readonly ok: true; readonly fault: LiveFault & { readonly atMs: number } }
  | { readonly ok: false; readonly errors: readonly string[] };
