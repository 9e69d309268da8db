/**
 * Marks the end of an exhaustive `switch` over a union: the call only compiles
 * when every member has been handled, and throws if an unexpected value slips
 * through at run time (for example from unvalidated input).
 *
 * @param x - the value left over after every case; typed `never`.
 * @param what - what `x` is, for the error message (e.g. `'node kind'`).
 */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(x)}`);
}
