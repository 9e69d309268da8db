import { useState } from 'react';
import { describeOutcome } from '../../state/editorCommands.ts';
import { addRuleAction, deleteRuleAction, editRuleField } from '../../state/ruleCommands.ts';
import type { RuleAction, Scenario } from '../../state/scenarioAccess.ts';
import { FieldErrors } from '../inspector/FieldErrors.tsx';
import { FieldView } from '../inspector/FieldView.tsx';
import { toSubject } from '../inspector/fieldTypes.ts';

interface RuleActionsProps {
  readonly index: number;
  readonly actions: readonly RuleAction[];
  readonly scenario: Scenario;
}

/** A rule's automatic actions: open a breaker, scale a service; add and remove them. */
export function RuleActions({ index, actions, scenario }: RuleActionsProps) {
  const [errors, setErrors] = useState<readonly string[]>([]);
  const add = (type: RuleAction['type']): void =>
    setErrors(describeOutcome(addRuleAction(index, type)));
  return (
    <div className="rule-actions">
      <span className="rule-actions-title">When it fires</span>
      {actions.length === 0 && <p className="field-help">Only raise the alert.</p>}
      {actions.map((action, j) => (
        <div key={j} className="rule-action" data-testid={`rule-${index}-action-${j}`}>
          {action.type === 'scale' ? (
            <ScaleAction index={index} at={j} action={action} scenario={scenario} />
          ) : (
            <BreakerAction index={index} at={j} action={action} scenario={scenario} />
          )}
          <button
            type="button"
            className="button button-quiet button-danger"
            aria-label="Remove this action"
            onClick={() => setErrors(describeOutcome(deleteRuleAction(index, j)))}
          >
            ✕
          </button>
        </div>
      ))}
      <div className="rule-buttons">
        <button
          type="button"
          className="button button-quiet"
          data-testid={`rule-${index}-add-scale`}
          onClick={() => add('scale')}
        >
          + Scale a service
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid={`rule-${index}-add-breaker`}
          onClick={() => add('open-breaker')}
        >
          + Open a breaker
        </button>
      </div>
      <FieldErrors errors={errors} />
    </div>
  );
}

interface ActionProps<A extends RuleAction> {
  readonly index: number;
  readonly at: number;
  readonly action: A;
  readonly scenario: Scenario;
}

function ScaleAction({
  index,
  at,
  action,
  scenario,
}: ActionProps<Extract<RuleAction, { type: 'scale' }>>) {
  const commit = (path: readonly (string | number)[], value: unknown) =>
    editRuleField(index, ['actions', at, ...path], value);
  const services = scenario.nodes.filter((n) => n.kind === 'service').map((n) => n.id);
  const key = `rules.${index}.actions.${at}`;
  return (
    <>
      <FieldView
        spec={{ type: 'select', path: ['node'], label: 'Scale', options: services }}
        subject={toSubject(action)}
        commit={commit}
        fieldKey={`${key}.node`}
      />
      <FieldView
        spec={{ type: 'number', path: ['factor'], label: 'by ×', min: 0.1, max: 10, step: 0.5 }}
        subject={toSubject(action)}
        commit={commit}
        fieldKey={`${key}.factor`}
      />
    </>
  );
}

function BreakerAction({
  index,
  at,
  action,
  scenario,
}: ActionProps<Extract<RuleAction, { type: 'open-breaker' }>>) {
  const [errors, setErrors] = useState<readonly string[]>([]);
  const edges = scenario.edges.filter((e) => e.policy?.circuitBreaker !== undefined);
  const value = `${action.from}→${action.to}`;
  const choose = (key: string): void => {
    const edge = edges.find((e) => `${e.from}→${e.to}` === key);
    if (edge === undefined) return;
    const next = { type: 'open-breaker', from: edge.from, to: edge.to };
    setErrors(describeOutcome(editRuleField(index, ['actions', at], next)));
  };
  return (
    <div className="form-field">
      <label>
        Open the breaker on
        <select
          className="select input"
          data-testid={`field-rules.${index}.actions.${at}.edge`}
          value={value}
          onChange={(e) => choose(e.target.value)}
        >
          {edges.map((e) => (
            <option key={`${e.from}→${e.to}`} value={`${e.from}→${e.to}`}>
              {e.from} → {e.to}
            </option>
          ))}
        </select>
      </label>
      <FieldErrors errors={errors} />
    </div>
  );
}
