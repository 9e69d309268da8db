import { useId, useState } from 'react';
import { applyField, describeOutcome, readField } from './applyField.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { FieldProps } from './fieldProps.ts';
import type { SelectFieldSpec } from './fieldTypes.ts';

/** A select over an enum, with the chosen option's explanation under it. */
export function SelectField({ spec, subject, commit, fieldKey }: FieldProps<SelectFieldSpec>) {
  const id = useId();
  const [errors, setErrors] = useState<readonly string[]>([]);
  const raw = readField(spec, subject);
  const value = typeof raw === 'string' ? raw : (spec.defaultValue ?? '');
  const onChange = (option: string): void => {
    const { template } = spec;
    const outcome =
      template === undefined
        ? applyField(spec, subject, commit, option)
        : commit(spec.path.slice(0, -1), template(option, subject));
    setErrors(describeOutcome(outcome));
  };
  const explanation = spec.explanations?.[value];
  return (
    <div className="form-field">
      <label htmlFor={id}>{spec.label}</label>
      <select
        id={id}
        className="select input"
        data-testid={`field-${fieldKey}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {spec.options.map((o) => (
          <option key={o} value={o}>
            {o}
            {o === spec.defaultValue ? ' (default)' : ''}
          </option>
        ))}
      </select>
      {explanation !== undefined && (
        <p className="field-explanation" data-testid={`explanation-${fieldKey}`}>
          {explanation}
        </p>
      )}
      <FieldErrors errors={errors} />
    </div>
  );
}
