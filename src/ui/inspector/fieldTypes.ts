/**
 * How the inspector describes a form field: where the value lives in the node
 * (or edge), how to show it and which bounds to put on the input. The bounds
 * are hints for the browser; the format's validation is the real check.
 */
import type { JsonPath } from '../../state/jsonPath.ts';

/** A node or edge as the inspector reads it: plain JSON. */
export type Subject = Readonly<Record<string, unknown>>;

interface FieldBase {
  /** Where the value lives, relative to the node (or edge). */
  readonly path: JsonPath;
  /** Label with its unit, e.g. `Service time (ms)`. */
  readonly label: string;
  /** Shown only when this holds (e.g. virtual nodes only for consistent hashing). */
  readonly visible?: (subject: Subject) => boolean;
  /**
   * The parent object to create, with these contents, when it is absent
   * (editing one workload field of a client that has no `workload` yet).
   */
  readonly parent?: { readonly path: JsonPath; readonly value: unknown };
}

export interface NumberFieldSpec extends FieldBase {
  readonly type: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** Empty input removes the field; the placeholder says what that means (`default 150`, `unbounded`). */
  readonly optional?: string;
}

export interface SelectFieldSpec extends FieldBase {
  readonly type: 'select';
  readonly options: readonly string[];
  /** Shown when the field is absent. */
  readonly defaultValue?: string;
  /** A paragraph per option, shown under the select. */
  readonly explanations?: Readonly<Record<string, string>>;
  /**
   * When set, choosing an option replaces the whole parent object (the path
   * minus its last key) with this, e.g. a new arrival process with its own parameters.
   */
  readonly template?: (option: string, subject: Subject) => unknown;
}

export interface BooleanFieldSpec extends FieldBase {
  readonly type: 'boolean';
  readonly defaultValue: boolean;
  readonly help?: string;
}

export interface DistFieldSpec extends FieldBase {
  readonly type: 'dist';
  /** Absent is allowed and means this (e.g. `no delay`, `constant 0.5 ms`). */
  readonly optional?: string;
}

/** A switch that adds an optional object (`{}`) or removes it (health checks). */
export interface PresenceFieldSpec extends FieldBase {
  readonly type: 'presence';
  readonly help?: string;
  /** What to add when switched on, when `{}` would lack a required field (a rate limit's rate). */
  readonly initial?: Readonly<Record<string, unknown>>;
}

/** A comma-separated list of numbers (range boundaries). */
export interface NumberListFieldSpec extends FieldBase {
  readonly type: 'number-list';
  readonly optional?: string;
}

/** A short text; empty removes the field (a node's label). */
export interface TextFieldSpec extends FieldBase {
  readonly type: 'text';
  readonly optional: string;
}

/** The rate steps of a `steps` arrival. */
export interface StepsFieldSpec extends FieldBase {
  readonly type: 'steps';
}

export type FieldSpec =
  | NumberFieldSpec
  | SelectFieldSpec
  | BooleanFieldSpec
  | DistFieldSpec
  | PresenceFieldSpec
  | NumberListFieldSpec
  | StepsFieldSpec
  | TextFieldSpec;

/** A titled group of fields. */
export interface FieldGroup {
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  readonly visible?: (subject: Subject) => boolean;
}

/** A node, edge or scenario as the inspector reads it (any JSON object is a `Subject`). */
export function toSubject(value: object): Subject {
  return value as Subject;
}
