import { useCallback, useState } from 'react';
import type { JsonPath } from '../../state/jsonPath.ts';
import { deleteRule, editRuleField } from '../../state/ruleCommands.ts';
import type { AlertRuleSpec, Scenario } from '../../state/scenarioAccess.ts';
import { FieldView } from '../inspector/FieldView.tsx';
import { toFieldKey } from '../inspector/fieldProps.ts';
import { toSubject } from '../inspector/fieldTypes.ts';
import { formatSeconds } from '../format.ts';
import { formatMetricValue } from './alertLogRows.ts';
import { getRuleFields } from './ruleFields.ts';
import { RuleActions } from './RuleActions.tsx';

interface RuleCardProps {
  readonly index: number;
  readonly rule: AlertRuleSpec;
  readonly scenario: Scenario;
  /** Show the fields at first (a rule just added); otherwise only its one-line summary. */
  readonly defaultOpen: boolean;
}

/** One alert rule: its condition, how long, how bad, and what to do when it fires. */
export function RuleCard({ index, rule, scenario, defaultOpen }: RuleCardProps) {
  const [open, setOpen] = useState(defaultOpen);
  const commit = useCallback(
    (path: JsonPath, value: unknown) => editRuleField(index, path, value),
    [index],
  );
  const subject = toSubject(rule);
  return (
    <fieldset className="field-group rule-card" data-testid={`rule-card-${index}`}>
      <legend>{rule.id ?? `rule-${index + 1}`}</legend>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="rule-summary" data-testid={`rule-${index}-summary`}>
          {describeRule(rule)}
        </summary>
        <div className="rule-fields">
          {getRuleFields(subject, scenario.nodes).map((spec) => {
            const key = `rules.${index}.${toFieldKey(spec.path)}`;
            return (
              <FieldView key={key} spec={spec} subject={subject} commit={commit} fieldKey={key} />
            );
          })}
          <RuleActions index={index} actions={rule.actions ?? []} scenario={scenario} />
          <button
            type="button"
            className="button button-quiet button-danger"
            data-testid={`rule-${index}-delete`}
            onClick={() => deleteRule(index)}
          >
            Delete rule
          </button>
        </div>
      </details>
    </fieldset>
  );
}

/** `errorRate > 10% on api-1 for 3.0 s · critical · 2 actions` */
export function describeRule(rule: AlertRuleSpec): string {
  const where = rule.node ?? 'the clients';
  const lasting = (rule.forMs ?? 0) > 0 ? ` for ${formatSeconds(rule.forMs ?? 0)}` : '';
  const threshold = formatMetricValue(rule.metric, rule.threshold);
  const actions = rule.actions?.length ?? 0;
  const doing = actions === 0 ? '' : ` · ${actions} action${actions === 1 ? '' : 's'}`;
  return `${rule.metric} ${rule.comparator ?? '>'} ${threshold} on ${where}${lasting} · ${rule.severity ?? 'warning'}${doing}`;
}

/** The `{ "guide": true }` entry: the guide's rules, bound when the run starts. */
export function GuideRulesCard({ index }: { readonly index: number }) {
  return (
    <fieldset className="field-group rule-card" data-testid={`rule-card-${index}`}>
      <legend>The guide&rsquo;s rules</legend>
      <p className="field-help">
        Bound to the nodes when the run starts: healthy targets &lt; 50 % (balancers, critical),
        shard imbalance &gt; 30 % for 60 s (shard routers), error rate &gt; 10 % / 20 % / 50 %
        (services: open the breakers into them, scale up 1.5× / 2×), p99 &gt; 5 s (clients).
      </p>
      <button
        type="button"
        className="button button-quiet button-danger"
        data-testid={`rule-${index}-delete`}
        onClick={() => deleteRule(index)}
      >
        Remove
      </button>
    </fieldset>
  );
}
