import { useId, useState } from 'react';
import { getIn } from '../../state/jsonPath.ts';
import { applyField, describeOutcome } from './applyField.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { FieldProps } from './fieldProps.ts';
import type { BooleanFieldSpec, PresenceFieldSpec } from './fieldTypes.ts';

/** A checkbox for a boolean field, or for whether an optional object is present. */
export function BooleanField({
  spec,
  subject,
  commit,
  fieldKey,
}: FieldProps<BooleanFieldSpec | PresenceFieldSpec>) {
  const id = useId();
  const [errors, setErrors] = useState<readonly string[]>([]);
  const raw = getIn(subject, spec.path);
  const checked =
    spec.type === 'presence'
      ? raw !== undefined
      : typeof raw === 'boolean'
        ? raw
        : spec.defaultValue;
  const onChange = (on: boolean): void => {
    const value = spec.type === 'presence' ? (on ? (spec.initial ?? {}) : undefined) : on;
    setErrors(describeOutcome(applyField(spec, subject, commit, value)));
  };
  return (
    <div className="form-field form-field-check">
      <input
        id={id}
        type="checkbox"
        data-testid={`field-${fieldKey}`}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{spec.label}</label>
      {spec.help !== undefined && <p className="field-help">{spec.help}</p>}
      <FieldErrors errors={errors} />
    </div>
  );
}
