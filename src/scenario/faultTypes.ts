/**
 * The timed faults of the public scenario format, version 1 (see `types.ts`
 * for the document around them).
 */
/** A node is down (answers nothing, drops what it held) during [atMs, atMs + durationMs). */
export interface CrashFault {
  readonly type: 'crash';
  /** Id of a node that is not a client. */
  readonly target: string;
  /** Below the scenario's `durationMs`. */
  readonly atMs: number;
  readonly durationMs: number;
}

/** Work started on a service or database takes `factor` times as long during [atMs, atMs + durationMs). */
export interface SlowFault {
  readonly type: 'slow';
  /** Id of a service or database. */
  readonly target: string;
  readonly atMs: number;
  readonly durationMs: number;
  /** Service-time multiplier, > 1. */
  readonly factor: number;
}

/** Services and databases fail requests with `probability` (`injected-error`) during the fault. */
export interface ErrorsFault {
  readonly type: 'errors';
  /** Id of a service or database. */
  readonly target: string;
  readonly atMs: number;
  readonly durationMs: number;
  /** 0 < p ≤ 1. */
  readonly probability: number;
}

/** Messages over the edge `from` → `to` (both ways) take `addMs` longer during the fault. */
export interface LatencyFault {
  readonly type: 'latency';
  readonly from: string;
  readonly to: string;
  readonly atMs: number;
  readonly durationMs: number;
  readonly addMs: number;
}

/**
 * Messages are lost during the fault: over the edge `from` → `to`, or over every
 * edge of the node `target`. Callers wait until their timeout, if they have one.
 */
export type PartitionFault =
  | {
      readonly type: 'partition';
      readonly target: string;
      readonly atMs: number;
      readonly durationMs: number;
    }
  | {
      readonly type: 'partition';
      readonly from: string;
      readonly to: string;
      readonly atMs: number;
      readonly durationMs: number;
    };

/** A cache drops every entry at `atMs` (its write-behind queue is kept). */
export interface CacheFlushFault {
  readonly type: 'cache-flush';
  /** Id of a cache. */
  readonly target: string;
  readonly atMs: number;
}

/** A shard (a database behind a shard router) is down: its keys are unavailable. */
export interface ShardDownFault {
  readonly type: 'shard-down';
  /** Id of a database. */
  readonly target: string;
  readonly atMs: number;
  readonly durationMs: number;
}

/** A database's replication lag is `factor` times as long during the fault. */
export interface ReplicaLagFault {
  readonly type: 'replica-lag';
  readonly target: string;
  readonly atMs: number;
  readonly durationMs: number;
  readonly factor: number;
}

/** An open-loop client sends `factor` times as many requests during the fault. */
export interface TrafficSpikeFault {
  readonly type: 'traffic-spike';
  readonly target: string;
  readonly atMs: number;
  readonly durationMs: number;
  readonly factor: number;
}

/** A client sends `hotShare` of its requests to its first `hotKeys` keys (default 1). */
export interface HotKeyFault {
  readonly type: 'hot-key';
  readonly target: string;
  readonly atMs: number;
  readonly durationMs: number;
  readonly hotShare: number;
  readonly hotKeys?: number;
}

/** A timed fault: every type DESIGN.md lists. */
export type Fault =
  | CrashFault
  | SlowFault
  | ErrorsFault
  | LatencyFault
  | PartitionFault
  | CacheFlushFault
  | ShardDownFault
  | ReplicaLagFault
  | TrafficSpikeFault
  | HotKeyFault;
