import type { Sampler } from '../random/distributions.ts';
import { FAILURE_CAUSES } from '../metrics/layout.ts';
import { AS_DOUBLE, NodeStats } from '../metrics/nodeStats.ts';
import type { NodeBehavior } from '../nodes/behavior.ts';
import type { EdgeCondition } from '../spec.ts';
import {
  CallTable,
  FLAG_ANSWERED,
  FLAG_DEGRADED,
  FLAG_DELIVERED,
  FLAG_HOLDING,
  FLAG_PROBE,
  FLAG_TRACED,
  NO_CALL,
} from './callTable.ts';
import { dispatchAnswer, dispatchCall } from './dispatch.ts';
import { EdgeStats } from './edgeStats.ts';
import { EventQueue } from './eventQueue.ts';
import type { EdgePolicy } from './edgePolicy.ts';
import { EV_ANSWER, EV_ATTEMPT_TIMEOUT, EV_DELIVER, EV_RETRY, TIMER_BASE } from './events.ts';
import { KeyBatches } from './keyBatches.ts';
import { TraceBuffer } from './traceBuffer.ts';
import type { TraceOutcome } from '../simulation.types.ts';

const TIMEOUT_CAUSE = FAILURE_CAUSES.indexOf('timeout');

/** Edge at run time: who calls whom, the one-way latency sampler (null = none), which requests use it. */
export interface EdgeRuntime {
  readonly from: number;
  readonly to: number;
  /** Mutable only through a live edit of the edge's latency (`Kernel.setEdgeLatency`). */
  latency: Sampler | null;
  /** The latency when it is a constant, else NaN. */
  fixedMs: number;
  readonly when: EdgeCondition;
}

/** Something that must hear of every committed write (caches, for stale reads). */
export interface WriteListener {
  /** `origin` is the request id of the write (negative for a cache's own write-behind flushes). */
  onWriteCommitted(key: number, origin: number): void;
}

export const NODE_DOWN = FAILURE_CAUSES.indexOf('node-down');

/**
 * The transport between nodes: sends calls over edges, delivers them, carries
 * answers back, and keeps node and edge statistics in step. Zero-latency edges
 * deliver synchronously (no event), which keeps the hot path short. It also
 * knows which calls each node holds, so a crash can fail them all.
 */
export class Kernel {
  now = 0;
  readonly queue = new EventQueue();
  readonly calls = new CallTable();
  readonly batches = new KeyBatches();
  readonly traces = new TraceBuffer();
  readonly edgeStats: EdgeStats;
  behaviors: NodeBehavior[] = [];
  /** Each edge's caller-side policy, or null. */
  policies: (EdgePolicy | null)[] = [];
  /** KIND_CODE of each node, for dispatch. */
  kinds: Uint8Array = new Uint8Array(0);
  readonly writeListeners: WriteListener[] = [];
  /** 1 while a node is down. */
  readonly down: Uint8Array;
  /** Service-time multiplier of each node (1 unless a `slow` fault is active). */
  readonly slowFactor: Float64Array;
  /** Injected error probability of each node while an `errors` fault is active. */
  readonly extraErrorRate: Float64Array;
  /** Event-queue lane of each edge whose latency is a constant (-1: none), and that constant. */
  private readonly edgeLane: Int32Array;
  private readonly edgeFixedMs: Float64Array;
  /** Extra one-way delay of each edge while a `latency` fault is active, ms. */
  readonly edgeExtraMs: Float64Array;
  /** 1 while an edge is partitioned: messages over it are lost. */
  readonly edgeCut: Uint8Array;
  /** Replication-lag multiplier of each database (`replica-lag`), and request-rate multiplier of each client (`traffic-spike`). */
  readonly lagFactor: Float64Array;
  readonly rateFactor: Float64Array;
  /** A `hot-key` fault on a client: the share of its requests on its first `hotKeys[i]` keys (0 = none). */
  readonly hotShare: Float64Array;
  readonly hotKeys: Int32Array;
  /** Root requests issued so far (also the next request id). */
  requestsIssued = 0;
  /** The first root request sent at or after this simulated time is traced (Infinity: none left this window). */
  nextTraceAtMs: number;
  readonly stats: readonly NodeStats[];
  readonly edges: readonly EdgeRuntime[];
  readonly traceSamplePerWindow: number;
  /** Start of the current metrics window, and the spacing of its trace instants. */
  private traceWindowStartMs = AS_DOUBLE;
  /** Index of the instant `nextTraceAtMs` stands for; only grows within a window, so at most N are traced. */
  private traceSlot = 0;
  private readonly traceSpacingMs: number;

  constructor(
    nodeCount: number,
    edges: readonly EdgeRuntime[],
    traceSamplePerWindow: number,
    windowMs: number,
  ) {
    this.stats = Array.from({ length: nodeCount }, () => new NodeStats(this));
    this.edges = edges;
    this.traceSamplePerWindow = traceSamplePerWindow;
    this.traceSpacingMs = traceSamplePerWindow > 0 ? windowMs / traceSamplePerWindow : Infinity;
    this.nextTraceAtMs = traceSamplePerWindow > 0 ? 0 : Infinity;
    this.traceWindowStartMs = 0;
    this.edgeStats = new EdgeStats(edges.length);
    this.down = new Uint8Array(nodeCount);
    this.slowFactor = new Float64Array(nodeCount).fill(1);
    this.extraErrorRate = new Float64Array(nodeCount);
    this.edgeExtraMs = new Float64Array(edges.length);
    this.edgeLane = new Int32Array(edges.length);
    this.edgeFixedMs = new Float64Array(edges.length);
    edges.forEach((e, i) => this.placeEdge(i, e));
    this.edgeCut = new Uint8Array(edges.length);
    this.lagFactor = new Float64Array(nodeCount).fill(1);
    this.rateFactor = new Float64Array(nodeCount).fill(1);
    this.hotShare = new Float64Array(nodeCount);
    this.hotKeys = new Int32Array(nodeCount);
  }

  /** Schedule a node-local timer. */
  timer(at: number, node: number, kind: number, arg: number, tag = 0): void {
    this.queue.push(at, TIMER_BASE + kind, node, arg, tag);
  }

  /** Schedule a node-local timer a fixed delay from now, in that delay's `lane` (see `EventQueue.laneFor`). */
  laneTimer(lane: number, at: number, node: number, kind: number, arg: number, tag = 0): void {
    this.queue.pushLane(lane, at, TIMER_BASE + kind, node, arg, tag);
  }

  /** A live edit gives `edge` a new latency sampler (null: none) and its constant value (NaN: not constant). */
  setEdgeLatency(edge: number, latency: Sampler | null, fixedMs: number): void {
    const e = this.edges[edge]!;
    e.latency = latency;
    e.fixedMs = fixedMs;
    this.placeEdge(edge, e);
  }

  private placeEdge(edge: number, e: EdgeRuntime): void {
    this.edgeLane[edge] = e.latency === null ? -1 : this.queue.laneFor(e.fixedMs);
    this.edgeFixedMs[edge] = e.fixedMs;
  }

  /**
   * Whether the root request sent now should be traced. The window has
   * `traceSamplePerWindow` evenly spaced instants; the first root request at or
   * after each is traced (one request covers every instant it is late for), so
   * the sample spreads over the window and never exceeds the count. No random
   * draw; when nothing is due the cost is one comparison.
   */
  takeTraceSlot(): boolean {
    if (this.now < this.nextTraceAtMs) return false;
    const start = this.traceWindowStartMs;
    const due = Math.floor((this.now - start) / this.traceSpacingMs) + 1;
    const next = Math.max(this.traceSlot + 1, due);
    this.traceSlot = next;
    this.nextTraceAtMs =
      next < this.traceSamplePerWindow ? start + next * this.traceSpacingMs : Infinity;
    return true;
  }

  /** A new metrics window starts at `startMs`: its trace instants start again. */
  startTraceWindow(startMs: number): void {
    this.traceWindowStartMs = startMs;
    this.traceSlot = 0;
    this.nextTraceAtMs = this.traceSamplePerWindow > 0 ? startMs : Infinity;
  }

  /**
   * A new call from `edge`'s caller to its callee, as a child of `parent`
   * (or a root when `parent` is NO_CALL: then `request` must be set by the caller).
   * Key, flags and request id are inherited from the parent. Not yet sent.
   */
  createCall(edge: number, parent: number): number {
    const calls = this.calls;
    const c = calls.allocate();
    const e = this.edges[edge]!;
    calls.from[c] = e.from;
    calls.to[c] = e.to;
    calls.edge[c] = edge;
    calls.parent[c] = parent;
    if (parent !== NO_CALL) {
      calls.parentGen[c] = calls.gen[parent]!;
      calls.request[c] = calls.request[parent]!;
      calls.key[c] = calls.key[parent]!;
      calls.batch[c] = calls.batch[parent]!; // a reference: only the node that allocated a batch releases it
      calls.flags[c] = calls.flags[parent]! & ~NOT_INHERITED;
    }
    return c;
  }

  /** The parent a child was sent for, or NO_CALL when that parent was already answered (failed by a crash). */
  liveParent(child: number): number {
    const calls = this.calls;
    const p = calls.parent[child]!;
    return p !== NO_CALL && calls.isPending(p, calls.parentGen[child]!) ? p : NO_CALL;
  }

  /** Send `call` (from/to/edge already set) over its edge, through the edge's policy if it has one. */
  send(call: number): void {
    const policy = this.policies[this.calls.edge[call]!];
    if (policy != null) policy.start(call);
    else this.sendAttempt(call);
  }

  /** Put `call` on the wire. */
  sendAttempt(call: number): void {
    const calls = this.calls;
    calls.sentAt[call] = this.now;
    const edge = calls.edge[call]!;
    if ((calls.flags[call]! & FLAG_PROBE) === 0) this.edgeStats.sent(edge);
    if (this.edgeCut[edge] === 1) return; // partitioned: the message is lost
    if (!this.carry(edge, EV_DELIVER, calls.to[call]!, call)) this.deliver(call);
  }

  /**
   * Schedule `call`'s arrival (`type`) at `node` after `edge`'s latency: in the
   * edge's lane when the latency is a constant, else on the heap. False, and
   * nothing scheduled, when the edge has no delay at all: the caller goes on at once.
   */
  private carry(edge: number, type: number, node: number, call: number): boolean {
    const extra = this.edgeExtraMs[edge]!;
    const lane = this.edgeLane[edge]!;
    if (lane >= 0 && extra === 0) {
      this.queue.pushLane(lane, this.now + this.edgeFixedMs[edge]!, type, node, call);
      return true;
    }
    const latency = this.edges[edge]!.latency;
    if (latency === null && extra === 0) return false;
    this.queue.push(this.now + (latency === null ? 0 : latency()) + extra, type, node, call);
    return true;
  }

  /** The call reaches its callee. A node that is down refuses it at once. */
  deliver(call: number): void {
    const calls = this.calls;
    const to = calls.to[call]!;
    calls.arrivedAt[call] = this.now;
    this.stats[to]!.arrive();
    calls.flags[call]! |= FLAG_DELIVERED;
    if (this.down[to] === 1) this.answer(call, NODE_DOWN);
    else dispatchCall(this.kinds[to]!, this.behaviors[to]!, call);
  }

  /** The callee answers `call`: success when `cause` is -1, else the failure cause index. */
  answer(call: number, cause: number): void {
    const calls = this.calls;
    const now = this.now;
    const to = calls.to[call]!;
    const flags = calls.flags[call]! | FLAG_ANSWERED;
    calls.flags[call] = flags;
    calls.leftAt[call] = now;
    calls.status[call] = cause + 1;
    const stats = this.stats[to]!;
    stats.finish(calls.arrivedAt, call, cause);
    if ((flags & FLAG_DEGRADED) !== 0 && cause < 0) stats.degrade();
    const edge = calls.edge[call]!;
    if (this.edgeCut[edge] === 1) return; // partitioned: the answer is lost
    if (!this.carry(edge, EV_ANSWER, calls.from[call]!, call)) this.returnToCaller(call);
  }

  /** The answer reaches the caller. */
  returnToCaller(call: number): void {
    const calls = this.calls;
    const flags = calls.flags[call]!;
    if ((flags & FLAG_PROBE) === 0) {
      this.edgeStats.returned(
        calls.edge[call]!,
        this.now - calls.sentAt[call]!,
        calls.status[call]!,
      );
      if ((flags & FLAG_TRACED) !== 0) this.recordHop(call);
    }
    const policy = this.policies[calls.edge[call]!];
    if (policy != null) return policy.onAttemptAnswer(call);
    if ((flags & FLAG_DEGRADED) !== 0 && calls.status[call] === 0) this.passDegraded(call);
    const from = calls.from[call]!;
    dispatchAnswer(this.kinds[from]!, this.behaviors[from]!, call);
  }

  /** A child's successful answer rests on a fallback: so does its (live) parent's. */
  passDegraded(child: number): void {
    const parent = this.liveParent(child);
    if (parent !== NO_CALL) this.calls.flags[parent]! |= FLAG_DEGRADED;
  }

  /** The policy's verdict on a logical call reaches the node that made it. */
  answerLogical(call: number, cause: number): void {
    const calls = this.calls;
    calls.flags[call]! |= FLAG_ANSWERED;
    calls.status[call] = cause + 1;
    calls.leftAt[call] = this.now;
    if (cause < 0 && (calls.flags[call]! & FLAG_DEGRADED) !== 0) this.passDegraded(call);
    const from = calls.from[call]!;
    dispatchAnswer(this.kinds[from]!, this.behaviors[from]!, call);
  }

  policyTimer(at: number, edge: number, attempt: number, gen: number): void {
    this.queue.push(at, EV_ATTEMPT_TIMEOUT, edge, attempt, gen);
  }

  retryTimer(at: number, edge: number, logical: number, gen: number): void {
    this.queue.push(at, EV_RETRY, edge, logical, gen);
  }

  /** A write to `key`, from request `origin`, committed at a database: tell every listener. */
  commitWrite(key: number, origin: number): void {
    for (const l of this.writeListeners) l.onWriteCommitted(key, origin);
  }

  /** Take `node` down: it drops its state, and every call it holds fails with `node-down`. */
  crash(node: number): void {
    if (this.down[node] === 1) return;
    this.down[node] = 1;
    this.behaviors[node]!.crash();
    // Answering may run callers synchronously; each held call is re-checked before its answer.
    for (const c of this.calls.heldBy(node)) {
      if ((this.calls.flags[c]! & FLAG_ANSWERED) === 0) this.answer(c, NODE_DOWN);
    }
  }

  recover(node: number): void {
    if (this.down[node] === 0) return;
    this.down[node] = 0;
    this.behaviors[node]!.recover();
  }

  private recordHop(call: number): void {
    const c = this.calls;
    this.traces.push({
      requestId: c.request[call]!,
      from: c.from[call]!,
      to: c.to[call]!,
      sentMs: c.sentAt[call]!,
      arrivedMs: c.arrivedAt[call]!,
      leftMs: c.leftAt[call]!,
      answeredMs: this.now,
      outcome: this.getTraceOutcome(call),
    });
  }

  /** How a traced hop ended, from the call's status and (on edges with a policy) the attempt. */
  private getTraceOutcome(call: number): TraceOutcome {
    const status = this.calls.status[call]!;
    const policy = this.policies[this.calls.edge[call]!];
    const attempt = policy == null ? null : policy.describeAttempt(call);
    if (attempt === 'timeout' || status - 1 === TIMEOUT_CAUSE) return 'timeout';
    if (status === 0) return attempt === 'retry' ? 'retry' : 'ok';
    const cause = FAILURE_CAUSES[status - 1] ?? '';
    return cause.startsWith('rejected') ? 'rejected' : 'failed';
  }
}

/** Flags a child never inherits from its parent. */
const NOT_INHERITED = FLAG_PROBE | FLAG_HOLDING | FLAG_ANSWERED | FLAG_DELIVERED | FLAG_DEGRADED;
