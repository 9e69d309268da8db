import type { TraceHop } from '../simulation.types.ts';

/** Sampled request hops waiting to be drained; bounded so an undrained run cannot grow memory. */
export class TraceBuffer {
  private hops: TraceHop[] = [];
  /** Hops dropped because the buffer was full. */
  dropped = 0;

  constructor(private readonly limit = 20000) {}

  push(hop: TraceHop): void {
    if (this.hops.length >= this.limit) {
      this.dropped++;
      return;
    }
    this.hops.push(hop);
  }

  drain(): TraceHop[] {
    const out = this.hops;
    this.hops = [];
    return out;
  }
}
