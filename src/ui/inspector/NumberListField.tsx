import { useId } from 'react';
import { applyField, describeOutcome, readField } from './applyField.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { FieldProps } from './fieldProps.ts';
import type { NumberListFieldSpec } from './fieldTypes.ts';
import { useDraft } from './useDraft.ts';

/** `1000, 2000, 3000` → numbers; anything unreadable becomes NaN so the format reports it. */
export function parseNumberList(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .filter((t) => t !== '')
    .map((t) => Number(t));
}

/** A comma-separated list of numbers; empty removes the field. */
export function NumberListField({
  spec,
  subject,
  commit,
  fieldKey,
}: FieldProps<NumberListFieldSpec>) {
  const id = useId();
  const value = readField(spec, subject);
  const docText = Array.isArray(value) ? value.join(', ') : '';
  const [draft, setDraft] = useDraft(docText, (t) => parseNumberList(t).join(', ') === docText);
  const onChange = (text: string): void => {
    const list = parseNumberList(text);
    const outcome = applyField(spec, subject, commit, list.length === 0 ? undefined : list);
    setDraft({ text, errors: describeOutcome(outcome) });
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
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
