/** Turning a field's new value into one document edit. */
import type { EditOutcome } from '../../state/documentEdits.ts';
import type { JsonPath } from '../../state/jsonPath.ts';
import { getIn, setIn } from '../../state/jsonPath.ts';
import type { FieldSpec, Subject } from './fieldTypes.ts';

/** Applies a value at a path of the inspected node or edge (undefined removes it). */
export type Commit = (path: JsonPath, value: unknown) => EditOutcome;

/**
 * Write `value` at the field's path; when the field lives in an optional
 * parent that is absent (a client's `workload`), write the parent's defaults
 * with the value in place, so the edit does not leave required siblings missing.
 */
export function applyField(
  spec: FieldSpec,
  subject: Subject,
  commit: Commit,
  value: unknown,
): EditOutcome {
  const { parent } = spec;
  if (parent === undefined || getIn(subject, parent.path) !== undefined)
    return commit(spec.path, value);
  const inner = spec.path.slice(parent.path.length);
  return commit(parent.path, setIn(parent.value, inner, value));
}

/** The field's current value: the node's own, else the parent's default. */
export function readField(spec: FieldSpec, subject: Subject): unknown {
  const own = getIn(subject, spec.path);
  if (own !== undefined || spec.parent === undefined) return own;
  if (getIn(subject, spec.parent.path) !== undefined) return undefined;
  return getIn(spec.parent.value, spec.path.slice(spec.parent.path.length));
}

/** Path-qualified lines of a refused edit. */
export { describeOutcome } from '../../state/editorCommands.ts';
