import type { RandomStream } from './rng.ts';

/**
 * Standard exponential variates by Marsaglia & Tsang's ziggurat (2000), 256
 * layers. About 99 % of draws cost one 32-bit random word, a table lookup and a
 * multiply — no logarithm. Unlike the original, the layer index (low 8 bits) and
 * the position within the layer (high 24 bits) come from disjoint bits of the
 * word, which removes the correlation Doornik (2005) pointed out.
 */
const LAYERS = 256;
const SCALE = 2 ** 24;
const R = 7.697117470131487; // right edge of the base strip
const V = 3.949659822581572e-3; // area of each layer

const ke = new Float64Array(LAYERS);
const we = new Float64Array(LAYERS);
const fe = new Float64Array(LAYERS);

(function buildTables() {
  let de = R;
  let te = R;
  const q = V / Math.exp(-de);
  ke[0] = (de / q) * SCALE;
  ke[1] = 0;
  we[0] = q / SCALE;
  we[LAYERS - 1] = de / SCALE;
  fe[0] = 1;
  fe[LAYERS - 1] = Math.exp(-de);
  for (let i = LAYERS - 2; i >= 1; i--) {
    de = -Math.log(V / de + Math.exp(-de));
    ke[i + 1] = (de / te) * SCALE;
    te = de;
    fe[i] = Math.exp(-de);
    we[i] = de / SCALE;
  }
})();

/**
 * One Exp(1) variate drawn from `stream`. The common case is kept tiny so the
 * JIT inlines it into samplers (a non-inlined call returning a double allocates).
 */
export function standardExponential(stream: RandomStream): number {
  const u = stream.nextUint32();
  const i = u & 0xff;
  const j = u >>> 8;
  if (j < ke[i]!) return j * we[i]!;
  return exponentialSlow(stream, i, j);
}

/** The base strip's tail and the wedges: rare, so kept out of line. */
function exponentialSlow(stream: RandomStream, i: number, j: number): number {
  for (;;) {
    const x = j * we[i]!;
    if (i === 0) return R - Math.log(1 - stream.next()); // the tail beyond R
    // Wedge: accept if a uniform point under the layer falls under the density.
    if (fe[i]! + stream.next() * (fe[i - 1]! - fe[i]!) < Math.exp(-x)) return x;
    const u = stream.nextUint32();
    i = u & 0xff;
    j = u >>> 8;
    if (j < ke[i]!) return j * we[i]!;
  }
}
