import { useId } from 'react';
import { applyField, describeOutcome, readField } from './applyField.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { FieldProps } from './fieldProps.ts';
import type { NumberFieldSpec } from './fieldTypes.ts';
import { useDraft } from './useDraft.ts';

/** A number input: applied as typed when the format accepts it, else the message shows beside it. */
export function NumberField({ spec, subject, commit, fieldKey }: FieldProps<NumberFieldSpec>) {
  const id = useId();
  const value = readField(spec, subject);
  const docText = typeof value === 'number' ? String(value) : '';
  const [draft, setDraft] = useDraft(docText, (text) => Number(text) === value);
  const onChange = (text: string): void => {
    const parsed =
      text.trim() === '' ? (spec.optional === undefined ? Number.NaN : undefined) : Number(text);
    const outcome = applyField(spec, subject, commit, parsed);
    setDraft({ text, errors: describeOutcome(outcome) });
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        type="number"
        className={draft.errors.length > 0 ? 'input is-invalid' : 'input'}
        data-testid={`field-${fieldKey}`}
        value={draft.text ?? docText}
        placeholder={spec.optional}
        min={spec.min}
        max={spec.max}
        step={spec.step ?? 'any'}
        aria-invalid={draft.errors.length > 0}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldErrors errors={draft.errors} />
    </div>
  );
}
