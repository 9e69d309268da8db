/** A running 64-bit (two-lane) hash of processed events: equal event logs give equal hashes. */
export class EventLogHash {
  private a = 0x811c9dc5;
  private b = 0x9747b28c;
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);

  add(time: number, type: number, node: number, arg: number): void {
    this.f64[0] = time;
    this.mix(this.u32[0]!);
    this.mix(this.u32[1]!);
    this.mix(type);
    this.mix(node);
    this.mix(arg);
  }

  hex(): string {
    return (
      (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0')
    );
  }

  private mix(word: number): void {
    this.a = Math.imul(this.a ^ word, 0x01000193);
    this.b = Math.imul(this.b ^ word, 0x5bd1e995) ^ (this.b >>> 15);
  }
}
