import { useId, useState } from 'react';
import { getIn } from '../../state/jsonPath.ts';
import { applyField, describeOutcome } from './applyField.ts';
import type { DistForm } from './distTemplates.ts';
import { createDist, DIST_FORMS, getDistForm, getTypicalValue } from './distTemplates.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { FieldProps } from './fieldProps.ts';
import type { DistFieldSpec } from './fieldTypes.ts';
import { NumberField } from './NumberField.tsx';

const DEFAULT_OPTION = '';

/** A distribution: its form (a select) and that form's parameters (number fields). */
export function DistField({ spec, subject, commit, fieldKey }: FieldProps<DistFieldSpec>) {
  const id = useId();
  const [errors, setErrors] = useState<readonly string[]>([]);
  const dist = getIn(subject, spec.path);
  const form = getDistForm(dist);
  const onForm = (next: string): void => {
    const value =
      next === DEFAULT_OPTION ? undefined : createDist(next as DistForm, getTypicalValue(dist));
    setErrors(describeOutcome(applyField(spec, subject, commit, value)));
  };
  return (
    <fieldset className="dist-field" data-testid={`dist-${fieldKey}`}>
      <legend>{spec.label}</legend>
      <div className="form-field">
        <label htmlFor={id}>Distribution</label>
        <select
          id={id}
          className="select input"
          data-testid={`field-${fieldKey}.type`}
          value={form ?? DEFAULT_OPTION}
          onChange={(e) => onForm(e.target.value)}
        >
          {spec.optional !== undefined && (
            <option value={DEFAULT_OPTION}>default: {spec.optional}</option>
          )}
          {Object.entries(DIST_FORMS).map(([key, f]) => (
            <option key={key} value={key}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      {form !== null &&
        DIST_FORMS[form].params.map((p) => (
          <NumberField
            key={p.key}
            spec={{
              type: 'number',
              path: [...spec.path, p.key],
              label: p.label,
              ...(p.min === undefined ? {} : { min: p.min }),
            }}
            subject={subject}
            commit={commit}
            fieldKey={`${fieldKey}.${p.key}`}
          />
        ))}
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
