import { useState } from 'react';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { describeOutcome } from '../../state/editorCommands.ts';
import { addGuideRulesToDocument, addRuleToDocument } from '../../state/ruleCommands.ts';
import { FieldErrors } from '../inspector/FieldErrors.tsx';
import { GuideRulesCard, RuleCard } from './RuleCard.tsx';

/** The scenario's alert rules: add the guide's in one click, add, edit and delete. */
export function RulesEditor() {
  const scenario = useDocumentStore(selectScenario);
  const [message, setMessage] = useState<readonly string[]>([]);
  /** The rule added last with "Add a rule": shown open. */
  const [added, setAdded] = useState<number | null>(null);
  const rules = scenario.rules ?? [];
  const addOne = (): void => {
    const outcome = addRuleToDocument();
    if (outcome.applied) setAdded(rules.length);
    setMessage(describeOutcome(outcome));
  };
  const addGuide = (): void => {
    const outcome = addGuideRulesToDocument();
    const lines = describeOutcome(outcome);
    if (outcome.applied && outcome.added === 0)
      lines.push('The guide’s rules are all here already.');
    setMessage(lines);
  };
  return (
    <div className="rules-editor" data-testid="rules-editor">
      <p className="field-help">
        Checked at every window&rsquo;s close: a rule fires once its condition has held for its
        duration, takes its actions, and resolves at the first window where it no longer holds.
      </p>
      <div className="rule-buttons">
        <button type="button" className="button" data-testid="add-guide-rules" onClick={addGuide}>
          Add the guide&rsquo;s rules
        </button>
        <button type="button" className="button" data-testid="add-rule" onClick={addOne}>
          Add a rule
        </button>
      </div>
      <FieldErrors errors={message} />
      {rules.length === 0 && (
        <p className="inspector-empty" data-testid="rules-empty">
          No rules yet: nothing will alert. The guide&rsquo;s rules watch balancers&rsquo; healthy
          targets, shard imbalance, services&rsquo; error rates and the clients&rsquo; p99.
        </p>
      )}
      {rules.map((rule, i) =>
        'guide' in rule ? (
          <GuideRulesCard key={`guide-${i}`} index={i} />
        ) : (
          <RuleCard key={i} index={i} rule={rule} scenario={scenario} defaultOpen={i === added} />
        ),
      )}
    </div>
  );
}
