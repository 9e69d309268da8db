import { FAILURE_CAUSES } from './layout.ts';
import { Histogram } from './histogram.ts';

const CAUSES = FAILURE_CAUSES.length;

/**
 * First value of fields that hold doubles (then set to 0 in the constructor).
 * A field that starts as a small integer and first gets a fraction mid-run
 * (at the first window close) changes its object's shape, which throws away
 * the optimized code of every hot function that touches it.
 */
export const AS_DOUBLE = 0.5;

/**
 * Counters and time integrals for one node over one span of time (a window, or
 * the whole run after warm-up). Levels (in flight, queue, busy workers) are
 * integrated over time so their means are exact time averages.
 */
export class StatsSpan {
  arrivals = 0;
  completed = 0;
  failed = 0;
  /** Successful answers that rest on a fallback (a subset of `completed`). */
  degraded = 0;
  readonly failures = new Float64Array(CAUSES);
  readonly latency = new Histogram();
  /** ∫ in-flight dt, ∫ queue length dt, ∫ busy workers dt, ∫ worker capacity dt. */
  inFlightArea = AS_DOUBLE;
  queueArea = AS_DOUBLE;
  busyArea = AS_DOUBLE;
  capacityArea = AS_DOUBLE;
  /** Total time finished calls (successful or not) spent in the node, for Little's law. */
  sojournSum = AS_DOUBLE;
  spanMs = AS_DOUBLE;

  constructor() {
    this.reset();
  }

  reset(): void {
    this.arrivals = 0;
    this.completed = 0;
    this.failed = 0;
    this.degraded = 0;
    this.failures.fill(0);
    this.latency.reset();
    this.inFlightArea = 0;
    this.queueArea = 0;
    this.busyArea = 0;
    this.capacityArea = 0;
    this.sojournSum = 0;
    this.spanMs = 0;
  }

  /** Fold this span into `run` (when given) and clear it; one pass over the histogram. */
  drainInto(run: StatsSpan | null): void {
    if (run === null) return this.reset();
    this.latency.drainInto(run.latency);
    // merge() would merge the (now empty) histogram again: fold the scalars by hand.
    run.arrivals += this.arrivals;
    run.completed += this.completed;
    run.failed += this.failed;
    run.degraded += this.degraded;
    for (let i = 0; i < CAUSES; i++) run.failures[i]! += this.failures[i]!;
    run.inFlightArea += this.inFlightArea;
    run.queueArea += this.queueArea;
    run.busyArea += this.busyArea;
    run.capacityArea += this.capacityArea;
    run.sojournSum += this.sojournSum;
    run.spanMs += this.spanMs;
    this.arrivals = 0;
    this.completed = 0;
    this.failed = 0;
    this.degraded = 0;
    this.failures.fill(0);
    this.inFlightArea = 0;
    this.queueArea = 0;
    this.busyArea = 0;
    this.capacityArea = 0;
    this.sojournSum = 0;
    this.spanMs = 0;
  }

  merge(other: StatsSpan): void {
    this.arrivals += other.arrivals;
    this.completed += other.completed;
    this.failed += other.failed;
    this.degraded += other.degraded;
    for (let i = 0; i < CAUSES; i++) this.failures[i]! += other.failures[i]!;
    this.latency.merge(other.latency);
    this.inFlightArea += other.inFlightArea;
    this.queueArea += other.queueArea;
    this.busyArea += other.busyArea;
    this.capacityArea += other.capacityArea;
    this.sojournSum += other.sojournSum;
    this.spanMs += other.spanMs;
  }
}

/** Live levels of a node, and its counters for the window in progress. */
export class NodeStats {
  readonly windowSpan = new StatsSpan();
  readonly run = new StatsSpan();
  inFlight = 0;
  queueLength = 0;
  busy = 0;
  /** Workers available (services); 0 for nodes without workers. Change it with `setCapacity`. */
  capacity = 0;
  /** Since when `capacity` has held (its area is folded in at changes and window ends). */
  private capacitySince = AS_DOUBLE;
  private lastChange = AS_DOUBLE;
  /**
   * The simulation clock, read here rather than passed in: in V8 a double passed
   * to a call that is not inlined is boxed on the heap, and these run per call.
   */
  private readonly clock: { readonly now: number };

  constructor(clock: { readonly now: number }) {
    this.clock = clock;
    this.capacitySince = 0;
    this.lastChange = 0;
  }

  /** Integrate levels up to the current time; call before any level changes. */
  advance(): void {
    const now = this.clock.now;
    const dt = now - this.lastChange;
    if (dt > 0) {
      const w = this.windowSpan;
      w.inFlightArea += this.inFlight * dt;
      w.queueArea += this.queueLength * dt;
      w.busyArea += this.busy * dt;
      this.lastChange = now;
    }
  }

  /** Change the worker capacity from now on. */
  setCapacity(capacity: number): void {
    this.closeCapacity();
    this.capacity = capacity;
  }

  /** Fold ∫ capacity dt up to now into the window (call at window ends). */
  closeCapacity(): void {
    const now = this.clock.now;
    this.windowSpan.capacityArea += this.capacity * (now - this.capacitySince);
    this.capacitySince = now;
  }

  arrive(): void {
    this.advance();
    this.inFlight++;
    this.windowSpan.arrivals++;
  }

  /** The successful answer just counted by `finish` rests on a fallback. */
  degrade(): void {
    this.windowSpan.degraded++;
  }

  /** A call leaves the node; it came in at `since[call]`; `cause` is -1 for success. */
  finish(since: Float64Array, call: number, cause: number): void {
    this.advance();
    const sojourn = this.clock.now - since[call]!;
    this.inFlight--;
    const w = this.windowSpan;
    if (cause < 0) w.completed++;
    else {
      w.failed++;
      w.failures[cause]!++;
    }
    // Latency percentiles describe successful calls; every call counts toward Little's law.
    if (cause < 0) w.latency.record(sojourn);
    w.sojournSum += sojourn;
  }
}
