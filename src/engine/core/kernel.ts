import type { Sampler } from '../random/distributions.ts';
import type { NodeStats } from '../metrics/nodeStats.ts';
import type { NodeBehavior } from '../nodes/behavior.ts';
import { CallTable, FLAG_TRACED } from './callTable.ts';
import { EventQueue } from './eventQueue.ts';
import { EV_ANSWER, EV_DELIVER, TIMER_BASE } from './events.ts';
import { TraceBuffer } from './traceBuffer.ts';

/** Edge at run time: who calls whom, and the one-way latency sampler (null = none). */
export interface EdgeRuntime {
  readonly from: number;
  readonly to: number;
  readonly latency: Sampler | null;
}

/**
 * The transport between nodes: sends calls over edges, delivers them, carries
 * answers back, and keeps the per-node statistics in step. Zero-latency edges
 * deliver synchronously (no event), which is what keeps the hot path short.
 */
export class Kernel {
  now = 0;
  readonly queue = new EventQueue();
  readonly calls = new CallTable();
  readonly traces = new TraceBuffer();
  behaviors: NodeBehavior[] = [];
  /** Root requests issued so far (also the next request id). */
  requestsIssued = 0;
  /** Root requests traced in the current window, and the budget per window. */
  tracedInWindow = 0;

  readonly stats: readonly NodeStats[];
  readonly edges: readonly EdgeRuntime[];
  readonly traceSamplePerWindow: number;

  constructor(
    stats: readonly NodeStats[],
    edges: readonly EdgeRuntime[],
    traceSamplePerWindow: number,
  ) {
    this.stats = stats;
    this.edges = edges;
    this.traceSamplePerWindow = traceSamplePerWindow;
  }

  /** Schedule a node-local timer. */
  timer(at: number, node: number, kind: number, arg: number): void {
    this.queue.push(at, TIMER_BASE + kind, node, arg);
  }

  /** Whether the next root request should be traced (and count it). */
  takeTraceSlot(): boolean {
    if (this.tracedInWindow >= this.traceSamplePerWindow) return false;
    this.tracedInWindow++;
    return true;
  }

  /** Send `call` (from/to/edge already set) over its edge. */
  send(call: number): void {
    const calls = this.calls;
    calls.sentAt[call] = this.now;
    const latency = this.edges[calls.edge[call]!]!.latency;
    if (latency === null) this.deliver(call);
    else this.queue.push(this.now + latency(), EV_DELIVER, calls.to[call]!, call);
  }

  /** The call reaches its callee. */
  deliver(call: number): void {
    const calls = this.calls;
    const to = calls.to[call]!;
    calls.arrivedAt[call] = this.now;
    this.stats[to]!.arrive(this.now);
    this.behaviors[to]!.onCall(call);
  }

  /** The callee answers `call`: success when `cause` is -1, else the failure cause index. */
  answer(call: number, cause: number): void {
    const calls = this.calls;
    const now = this.now;
    calls.leftAt[call] = now;
    calls.status[call] = cause + 1;
    this.stats[calls.to[call]!]!.finish(now, now - calls.arrivedAt[call]!, cause);
    const latency = this.edges[calls.edge[call]!]!.latency;
    if (latency === null) this.returnToCaller(call);
    else this.queue.push(now + latency(), EV_ANSWER, calls.from[call]!, call);
  }

  /** The answer reaches the caller. */
  returnToCaller(call: number): void {
    const calls = this.calls;
    if ((calls.flags[call]! & FLAG_TRACED) !== 0) this.recordHop(call);
    this.behaviors[calls.from[call]!]!.onAnswer(call);
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
      outcome: c.status[call] === 0 ? 'ok' : 'failed',
    });
  }
}
