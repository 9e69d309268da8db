import { useState } from 'react';
import { getIn } from '../../state/jsonPath.ts';
import { applyField, describeOutcome } from './applyField.ts';
import { FieldErrors } from './FieldErrors.tsx';
import type { FieldProps } from './fieldProps.ts';
import type { StepsFieldSpec } from './fieldTypes.ts';
import { NumberField } from './NumberField.tsx';

/** The rate steps of a `steps` arrival: one row per step, with add and remove. */
export function StepsField({ spec, subject, commit, fieldKey }: FieldProps<StepsFieldSpec>) {
  const [errors, setErrors] = useState<readonly string[]>([]);
  const raw = getIn(subject, spec.path);
  const steps: readonly unknown[] = Array.isArray(raw) ? raw : [];
  const last = steps.at(-1);
  const lastAt = getIn(last, ['atMs']);
  const lastRate = getIn(last, ['ratePerSec']);
  const add = (): void => {
    const atMs = (typeof lastAt === 'number' ? lastAt : 0) + 10_000;
    const step = { atMs, ratePerSec: typeof lastRate === 'number' ? lastRate : 100 };
    setErrors(describeOutcome(applyField(spec, subject, commit, [...steps, step])));
  };
  const remove = (i: number): void =>
    setErrors(
      describeOutcome(
        applyField(
          spec,
          subject,
          commit,
          steps.filter((_, k) => k !== i),
        ),
      ),
    );
  return (
    <fieldset className="steps-field">
      <legend>{spec.label}</legend>
      {steps.map((_, i) => (
        <div key={i} className="steps-row">
          <NumberField
            spec={{
              type: 'number',
              path: [...spec.path, i, 'atMs'],
              label: 'From (ms)',
              min: 0,
              step: 1000,
            }}
            subject={subject}
            commit={commit}
            fieldKey={`${fieldKey}.${i}.atMs`}
          />
          <NumberField
            spec={{
              type: 'number',
              path: [...spec.path, i, 'ratePerSec'],
              label: 'Rate (requests/s)',
              min: 0,
              step: 10,
            }}
            subject={subject}
            commit={commit}
            fieldKey={`${fieldKey}.${i}.ratePerSec`}
          />
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Remove step ${i + 1}`}
            disabled={steps.length <= 1}
            onClick={() => remove(i)}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="button button-quiet" onClick={add}>
        + Add step
      </button>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
