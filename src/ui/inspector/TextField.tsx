import { useId } from 'react';
import { applyField, describeOutcome, readField } from './applyField.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { FieldProps } from './fieldProps.ts';
import type { TextFieldSpec } from './fieldTypes.ts';
import { useDraft } from './useDraft.ts';

/** A short text input; empty removes the field. */
export function TextField({ spec, subject, commit, fieldKey }: FieldProps<TextFieldSpec>) {
  const id = useId();
  const value = readField(spec, subject);
  const docText = typeof value === 'string' ? value : '';
  const [draft, setDraft] = useDraft(docText);
  const onChange = (text: string): void => {
    const outcome = applyField(spec, subject, commit, text === '' ? undefined : text);
    setDraft({ text, errors: describeOutcome(outcome) });
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        type="text"
        className={draft.errors.length > 0 ? 'input is-invalid' : 'input'}
        data-testid={`field-${fieldKey}`}
        value={draft.text ?? docText}
        placeholder={spec.optional}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldErrors errors={draft.errors} />
    </div>
  );
}
