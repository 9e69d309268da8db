import type { TraceHop } from '../simulation.types.ts';

/** Sampled request hops waiting to be drained; bounded so an undrained run cannot grow memory. */
export class TraceBuffer {
  private hops: TraceHop[] = [];
  /** Hops dropped because the buffer was full. */
  dropped = 0;

  private readonly limit: number;

  constructor(limit = 20000) {
    this.limit = limit;
  }

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
