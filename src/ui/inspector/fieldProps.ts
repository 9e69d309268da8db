import type { Commit } from './applyField.ts';
import type { FieldSpec, Subject } from './fieldTypes.ts';

/** What every field component gets. */
export interface FieldProps<S extends FieldSpec = FieldSpec> {
  readonly spec: S;
  readonly subject: Subject;
  readonly commit: Commit;
  /** Unique within the inspector, for ids and test ids (`capacity`, `serviceTimeMs.mean`). */
  readonly fieldKey: string;
}

/** `['workload', 'keys', 'count']` → `workload.keys.count`. */
export const toFieldKey = (path: readonly (string | number)[]): string => path.join('.');
