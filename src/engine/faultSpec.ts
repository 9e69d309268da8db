/** The engine's timed faults, part of `ModelSpec` (see `spec.ts`). */

/** A timed fault. The node is down during [atMs, atMs + durationMs). */
export type FaultSpec =
  | {
      /** The node is down: it fails every call it holds and refuses new ones. */
      readonly type: 'crash';
      /** Index into `ModelSpec.nodes`. */
      readonly node: number;
      readonly atMs: number;
      readonly durationMs: number;
    }
  | {
      /** Work started on the node takes `factor` times as long (services and databases). */
      readonly type: 'slow';
      readonly node: number;
      readonly atMs: number;
      readonly durationMs: number;
      readonly factor: number;
    }
  | {
      /** Services and databases fail a request with this probability (`injected-error`) after its work. */
      readonly type: 'errors';
      readonly node: number;
      readonly atMs: number;
      readonly durationMs: number;
      readonly probability: number;
    }
  | {
      /** Every message over the edge (both ways) takes `addMs` longer. Index into `ModelSpec.edges`. */
      readonly type: 'latency';
      readonly edge: number;
      readonly atMs: number;
      readonly durationMs: number;
      readonly addMs: number;
    }
  | {
      /** Messages over the edge are lost (both ways): callers wait until their timeout, if any. */
      readonly type: 'partition';
      readonly edge: number;
      readonly atMs: number;
      readonly durationMs: number;
    }
  | {
      /** A database's replication lag is `factor` times as long for writes committed meanwhile. */
      readonly type: 'replica-lag';
      readonly node: number;
      readonly atMs: number;
      readonly durationMs: number;
      readonly factor: number;
    }
  | {
      /** An open-loop client sends `factor` times as many requests. */
      readonly type: 'traffic-spike';
      readonly node: number;
      readonly atMs: number;
      readonly durationMs: number;
      readonly factor: number;
    }
  | {
      /** A client sends `hotShare` of its requests to its first `hotKeys` keys. */
      readonly type: 'hot-key';
      readonly node: number;
      readonly atMs: number;
      readonly durationMs: number;
      readonly hotKeys: number;
      readonly hotShare: number;
    }
  | {
      /** A cache drops every entry at `atMs` (its write-behind queue is kept). */
      readonly type: 'cache-flush';
      readonly node: number;
      readonly atMs: number;
      readonly durationMs: number;
    };
