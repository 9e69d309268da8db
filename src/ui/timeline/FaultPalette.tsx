import type { ReactNode } from 'react';
import { useState } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { addFault } from '../../state/faultCommands.ts';
import type { FaultForm, FaultFormError, FaultFormField } from '../../state/faultDrafts.ts';
import {
  createFaultForm,
  FAULT_TYPE_SPECS,
  FAULT_TYPES,
  getFaultTargets,
  getFirstUsableType,
  getFormField,
  readFaultForm,
} from '../../state/faultDrafts.ts';
import type { FaultType } from '../../state/faultTimeline.ts';
import { formatScenarioError } from '../../state/scenarioAccess.ts';

/**
 * The fault palette: choose a type, what it acts on, when and for how long, and
 * its parameter; the fault goes on the timeline through the document (validated,
 * undoable). Messages name the field, the format's way (`faults[1].factor: …`).
 */
export function FaultPalette({
  onClose,
  onAdded,
}: {
  readonly onClose: () => void;
  readonly onAdded: (index: number) => void;
}) {
  const scenario = useDocumentStore(selectScenario);
  const [form, setForm] = useState<FaultForm>(() =>
    createFaultForm(scenario, getFirstUsableType(scenario)),
  );
  const [errors, setErrors] = useState<readonly FaultFormError[]>([]);
  const spec = FAULT_TYPE_SPECS[form.type];
  const targets = getFaultTargets(scenario, form.type);
  const set = (patch: Partial<FaultForm>): void => setForm((f) => ({ ...f, ...patch }));
  const errorsOf = (field: FaultFormField) => errors.filter((e) => e.field === field);
  const submit = (): void => {
    const read = readFaultForm(form, targets);
    if ('errors' in read) return setErrors(read.errors);
    const outcome = addFault(read.fault);
    if (outcome.applied)
      return onAdded((useDocumentStore.getState().scenario.faults?.length ?? 1) - 1);
    setErrors(
      outcome.errors.map((e) => ({ field: getFormField(e.path), message: formatScenarioError(e) })),
    );
  };
  const messages = (name: FaultFormField) =>
    errorsOf(name).map((e) => (
      <span key={e.message} className="field-error" data-testid="fault-form-error">
        {e.message}
      </span>
    ));
  const field = (name: FaultFormField, label: string, input: ReactNode) => (
    <label className={`palette-field palette-field-${name}`}>
      <span>{label}</span>
      {input}
      {messages(name)}
    </label>
  );
  return (
    <form
      className="fault-palette"
      data-testid="fault-palette"
      aria-label="Add a fault"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="palette-field palette-field-type">
        <span>Fault</span>
        <select
          data-testid="fault-type"
          value={form.type}
          onChange={(e) => {
            setErrors([]);
            setForm((f) => ({
              ...createFaultForm(scenario, e.target.value as FaultType),
              startS: f.startS,
              durationS: f.durationS,
            }));
          }}
        >
          {FAULT_TYPES.map((t) => (
            <option key={t} value={t} disabled={getFaultTargets(scenario, t).length === 0}>
              {FAULT_TYPE_SPECS[t].label}
            </option>
          ))}
        </select>
      </label>
      {field(
        'target',
        'Target',
        <select
          data-testid="fault-target"
          value={form.targetKey}
          onChange={(e) => set({ targetKey: e.target.value })}
        >
          {targets.length === 0 && <option value="">nothing in this scenario</option>}
          {targets.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>,
      )}
      {field(
        'start',
        'Start (s)',
        <input
          data-testid="fault-start"
          inputMode="decimal"
          value={form.startS}
          onChange={(e) => set({ startS: e.target.value })}
        />,
      )}
      {!spec.instant &&
        field(
          'duration',
          'Duration (s)',
          <input
            data-testid="fault-duration"
            inputMode="decimal"
            value={form.durationS}
            onChange={(e) => set({ durationS: e.target.value })}
          />,
        )}
      {spec.param !== null &&
        field(
          'param',
          spec.param.label,
          <input
            data-testid="fault-param"
            inputMode="decimal"
            value={form.param}
            onChange={(e) => set({ param: e.target.value })}
          />,
        )}
      <div className="palette-actions">
        <button type="submit" className="button button-primary" data-testid="fault-add">
          Add to timeline
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
      {messages('general')}
    </form>
  );
}
