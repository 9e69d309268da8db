import type { Kernel } from '../core/kernel.ts';
import { StatsSpan } from '../metrics/nodeStats.ts';
import { FLAG_READ, FLAG_TRACED, NO_CALL } from '../core/callTable.ts';
import { createSampler, type Sampler } from '../random/distributions.ts';
import { uniformInt, type RandomStream } from '../random/rng.ts';
import type { ClientSpec } from '../spec.ts';
import type { NodeBehavior } from './behavior.ts';

const TIMER_SEND = 0;

/**
 * A source of requests. Open loop (`poisson`, `constant`): requests arrive on
 * schedule whatever the system does. Closed loop (`users`): each user sends,
 * waits for the answer (success or failure), thinks, and sends again.
 * The latency it records is end to end, as the user sees it.
 */
export class ClientNode implements NodeBehavior {
  private readonly k: Kernel;
  private readonly index: number;
  private readonly entryEdge: number;
  private readonly workloadStream: RandomStream;
  private readonly nextGap: Sampler | null;
  private readonly think: Sampler | null;
  private readonly users: number;
  private readonly readRatio: number;
  private readonly keyCount: number;
  /**
   * The measured cohort: requests issued at or after `countFrom` (the end of
   * warm-up, on a window boundary) and the outcomes of exactly those requests,
   * so `succeeded + failed ≤ requests` always holds in the summary.
   */
  readonly cohort = new StatsSpan();
  private readonly countFrom: number;

  constructor(
    k: Kernel,
    index: number,
    spec: ClientSpec,
    entryEdge: number,
    arrivalStream: RandomStream,
    workloadStream: RandomStream,
    countFrom: number,
  ) {
    this.k = k;
    this.countFrom = countFrom;
    this.index = index;
    this.entryEdge = entryEdge;
    this.workloadStream = workloadStream;
    const a = spec.arrival;
    this.users = a.type === 'users' ? a.users : 0;
    this.think = a.type === 'users' ? createSampler(a.thinkTimeMs, arrivalStream) : null;
    this.nextGap =
      a.type === 'poisson'
        ? createSampler({ type: 'exponential', mean: 1000 / a.ratePerSec }, arrivalStream)
        : a.type === 'constant'
          ? createSampler({ type: 'constant', value: 1000 / a.ratePerSec }, arrivalStream)
          : null;
    this.readRatio = spec.workload.readRatio;
    this.keyCount = spec.workload.keyCount;
  }

  start(): void {
    if (this.nextGap !== null) this.k.timer(this.nextGap(), this.index, TIMER_SEND, 0);
    else if (this.think !== null) {
      for (let u = 0; u < this.users; u++) this.k.timer(this.think(), this.index, TIMER_SEND, 0);
    }
  }

  onTimer(_kind: number, _arg: number): void {
    this.issue();
    if (this.nextGap !== null) this.k.timer(this.k.now + this.nextGap(), this.index, TIMER_SEND, 0);
  }

  onCall(_call: number): void {
    throw new Error('a client receives no calls');
  }

  onAnswer(call: number): void {
    const k = this.k;
    const calls = k.calls;
    const sentAt = calls.sentAt[call]!;
    const latency = k.now - sentAt;
    const cause = calls.status[call]! - 1;
    k.stats[this.index]!.finish(k.now, latency, cause);
    if (sentAt >= this.countFrom) this.recordOutcome(latency, cause);
    calls.release(call);
    if (this.think !== null) k.timer(k.now + this.think(), this.index, TIMER_SEND, 0);
  }

  private recordOutcome(latency: number, cause: number): void {
    const c = this.cohort;
    if (cause < 0) {
      c.completed++;
      c.latency.record(latency);
    } else {
      c.failed++;
      c.failures[cause]!++;
    }
    c.sojournSum += latency;
  }

  private issue(): void {
    const k = this.k;
    const calls = k.calls;
    const c = calls.allocate();
    calls.from[c] = this.index;
    calls.to[c] = k.edges[this.entryEdge]!.to;
    calls.edge[c] = this.entryEdge;
    calls.parent[c] = NO_CALL;
    calls.request[c] = k.requestsIssued++;
    // The workload stream is the client's own, so skipping draws nobody needs
    // (a single key, an all-read or all-write mix) changes no other stream.
    calls.key[c] = this.keyCount > 1 ? uniformInt(this.workloadStream, this.keyCount) : 0;
    const r = this.readRatio;
    const read = r >= 1 || (r > 0 && this.workloadStream.next() < r) ? FLAG_READ : 0;
    calls.flags[c] = read | (k.takeTraceSlot() ? FLAG_TRACED : 0);
    calls.status[c] = 0;
    k.stats[this.index]!.arrive(k.now);
    if (k.now >= this.countFrom) this.cohort.arrivals++;
    k.send(c);
  }
}
