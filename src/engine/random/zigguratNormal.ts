import type { RandomStream } from './rng.ts';

/**
 * Standard normal variates by Marsaglia & Tsang's ziggurat (2000), 128 layers:
 * about 98 % of draws cost one 32-bit word, a table lookup and a multiply. As in
 * the exponential ziggurat, the layer index (low 7 bits) and the signed position
 * (high 25 bits) come from disjoint bits of the word (Doornik 2005).
 */
const LAYERS = 128;
const SCALE = 2 ** 24;
const R = 3.442619855899; // start of the tail
const V = 9.91256303526217e-3; // area of each layer

const kn = new Float64Array(LAYERS);
const wn = new Float64Array(LAYERS);
const fn = new Float64Array(LAYERS);

(function buildTables() {
  let dn = R;
  let tn = R;
  const q = V / Math.exp(-0.5 * dn * dn);
  kn[0] = (dn / q) * SCALE;
  kn[1] = 0;
  wn[0] = q / SCALE;
  wn[LAYERS - 1] = dn / SCALE;
  fn[0] = 1;
  fn[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = (dn / tn) * SCALE;
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / SCALE;
  }
})();

/** One N(0, 1) variate drawn from `stream` (common case small enough to inline). */
export function standardNormalZiggurat(stream: RandomStream): number {
  const u = stream.nextUint32();
  const i = u & 0x7f;
  const j = u >> 7; // signed, in [-2^24, 2^24)
  if (Math.abs(j) < kn[i]!) return j * wn[i]!;
  return normalSlow(stream, i, j);
}

function normalSlow(stream: RandomStream, i: number, j: number): number {
  for (;;) {
    const x = j * wn[i]!;
    if (i === 0) {
      // The tail beyond R (Marsaglia 1964).
      let xt: number;
      let y: number;
      do {
        xt = -Math.log(1 - stream.next()) / R;
        y = -Math.log(1 - stream.next());
      } while (y + y < xt * xt);
      return j > 0 ? R + xt : -R - xt;
    }
    if (fn[i]! + stream.next() * (fn[i - 1]! - fn[i]!) < Math.exp(-0.5 * x * x)) return x;
    const u = stream.nextUint32();
    i = u & 0x7f;
    j = u >> 7;
    if (Math.abs(j) < kn[i]!) return j * wn[i]!;
  }
}
