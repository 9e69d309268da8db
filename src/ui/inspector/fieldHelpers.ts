/** Small builders shared by the per-kind field tables. */
import { getIn } from '../../state/jsonPath.ts';
import type { JsonPath } from '../../state/jsonPath.ts';
import type { Subject } from './fieldTypes.ts';

/** The options of a select, in the order of an explanation table. */
export function optionsOf<K extends string>(table: Readonly<Record<K, string>>): K[] {
  return Object.keys(table) as K[];
}

/** Visible when the value at `path` is one of `values` (absent counts as `fallback`). */
export function when(
  path: JsonPath,
  values: readonly string[],
  fallback?: string,
): (subject: Subject) => boolean {
  return (subject) => {
    const value = getIn(subject, path) ?? fallback;
    return typeof value === 'string' && values.includes(value);
  };
}

/** Visible when an optional object at `path` is present. */
export function present(path: JsonPath): (subject: Subject) => boolean {
  return (subject) => getIn(subject, path) !== undefined;
}

/** `default 150` style placeholder. */
export const byDefault = (value: number | string): string => `default ${value}`;
