/**
 * Reading and writing a value deep inside a JSON document without mutating it.
 * Edits from the inspector are expressed as (path, value) and the result is
 * validated as a whole, so these helpers work on `unknown` on purpose.
 */

/** A path into a JSON document: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path`, or undefined when any step is missing. */
export function getIn(doc: unknown, path: JsonPath): unknown {
  let at: unknown = doc;
  for (const key of path) {
    if (typeof key === 'number')
      at = Array.isArray(at) ? (at as readonly unknown[])[key] : undefined;
    else at = isRecord(at) ? at[key] : undefined;
    if (at === undefined) return undefined;
  }
  return at;
}

/**
 * A copy of `doc` with `value` at `path` (objects created on the way);
 * `undefined` removes the key, which is how an optional field goes back to its default.
 */
export function setIn(doc: unknown, path: JsonPath, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (typeof key === 'number') {
    const list: unknown[] = Array.isArray(doc) ? [...(doc as readonly unknown[])] : [];
    list[key] = setIn(list[key], rest, value);
    return list;
  }
  const record: Record<string, unknown> = isRecord(doc) ? { ...doc } : {};
  const next = setIn(record[key], rest, value);
  if (next === undefined) delete record[key];
  else record[key] = next;
  return record;
}
