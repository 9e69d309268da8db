/**
 * A bounded record of a breaker's state changes: a total count and the last
 * `TRANSITIONS_KEPT` changes in a ring of typed arrays, so a breaker that flaps
 * for hours keeps constant memory. Also owns the breaker's current state.
 */
import type { BreakerState, BreakerTransition, BreakerTransitionListener } from './breakerTypes.ts';

/** How many recent transitions a breaker remembers. */
export const TRANSITIONS_KEPT = 16;

const STATES = ['closed', 'open', 'half-open'] as const satisfies readonly BreakerState[];
const CODE: Readonly<Record<BreakerState, number>> = { closed: 0, open: 1, 'half-open': 2 };

/** The state machine's memory: where it is and how it got there. */
export class TransitionLog {
  /** Current state. */
  state: BreakerState = 'closed';
  /** Number of transitions ever made. */
  count = 0;
  private readonly times = new Float64Array(TRANSITIONS_KEPT);
  private readonly codes = new Uint8Array(TRANSITIONS_KEPT);
  private readonly listener: BreakerTransitionListener | undefined;

  constructor(listener: BreakerTransitionListener | undefined) {
    this.listener = listener;
  }

  /** Move to `to` at `atMs` (a no-op if already there). */
  moveTo(to: BreakerState, atMs: number): void {
    const from = this.state;
    if (from === to) return;
    const at = this.count % TRANSITIONS_KEPT;
    this.times[at] = atMs;
    this.codes[at] = CODE[from] * 4 + CODE[to];
    this.count++;
    this.state = to;
    this.listener?.(atMs, from, to);
  }

  /** The kept transitions, oldest first (allocates; for display, not per call). */
  recent(): BreakerTransition[] {
    const kept = Math.min(this.count, TRANSITIONS_KEPT);
    const out: BreakerTransition[] = [];
    for (let i = this.count - kept; i < this.count; i++) {
      const code = this.codes[i % TRANSITIONS_KEPT]!;
      out.push({
        atMs: this.times[i % TRANSITIONS_KEPT]!,
        from: STATES[code >> 2]!,
        to: STATES[code & 3]!,
      });
    }
    return out;
  }
}
