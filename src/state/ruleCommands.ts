/**
 * What the Rules and Chaos editors do to the document. Like every edit, each
 * builds a candidate (`controlEdits.ts`) and goes through `applyCandidate`:
 * validated by the format, one undoable step, mirrored into the URL.
 */
import type { JsonPath } from './jsonPath.ts';
import { setIn } from './jsonPath.ts';
import type { EditOutcome } from './documentEdits.ts';
import { applyCandidate } from './documentEdits.ts';
import { useDocumentStore } from './documentStore.ts';
import {
  NEW_CHAOS,
  addGuideRules,
  addRule,
  createAction,
  removeAction,
  removeRule,
} from './controlEdits.ts';
import type { RuleAction, Scenario } from './scenarioAccess.ts';

const current = (): Scenario => useDocumentStore.getState().scenario;

/** Add the guide's rules for the current nodes (those not there yet); `added` = how many. */
export function addGuideRulesToDocument(): EditOutcome & { readonly added: number } {
  const { candidate, added } = addGuideRules(current());
  if (added === 0) return { applied: true, added };
  return { ...applyCandidate(candidate), added };
}

/** Add a new rule with a unique id. */
export function addRuleToDocument(): EditOutcome {
  return applyCandidate(addRule(current()));
}

/** Set (undefined: remove) a field of rule `index`, e.g. `['threshold']` or `['actions', 0, 'factor']`. */
export function editRuleField(index: number, path: JsonPath, value: unknown): EditOutcome {
  return applyCandidate(setIn(current(), ['rules', index, ...path], value));
}

export function deleteRule(index: number): EditOutcome {
  return applyCandidate(removeRule(current(), index));
}

/** Add an action of `type` to rule `index`; refused with a reason when nothing fits. */
export function addRuleAction(index: number, type: RuleAction['type']): EditOutcome {
  const scenario = current();
  const action = createAction(scenario, index, type);
  if (action === null) {
    const why =
      type === 'scale'
        ? 'there is no service to scale'
        : 'no edge has a circuit breaker: give an edge’s policy one first';
    return { applied: false, errors: [{ path: `rules[${index}].actions`, message: why }] };
  }
  const rule = scenario.rules?.[index];
  const actions = rule !== undefined && !('guide' in rule) ? (rule.actions ?? []) : [];
  return editRuleField(index, ['actions'], [...actions, action]);
}

export function deleteRuleAction(index: number, action: number): EditOutcome {
  return applyCandidate(removeAction(current(), index, action));
}

/** Switch chaos mode on (with `NEW_CHAOS`) or off. */
export function setChaosEnabled(on: boolean): EditOutcome {
  return applyCandidate(setIn(current(), ['chaos'], on ? { ...NEW_CHAOS } : undefined));
}

/** Set (undefined: remove) a chaos field, e.g. `['meanTimeToRepairMs']`. */
export function editChaosField(path: JsonPath, value: unknown): EditOutcome {
  return applyCandidate(setIn(current(), ['chaos', ...path], value));
}
