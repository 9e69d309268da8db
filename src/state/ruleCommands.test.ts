import { beforeEach, describe, expect, it } from 'vitest';
import { initialDocumentData, useDocumentStore } from './documentStore.ts';
import { deleteEdge, deleteNode, describeOutcome, editEdgeField } from './editorCommands.ts';
import {
  addGuideRulesToDocument,
  addRuleAction,
  addRuleToDocument,
  deleteRule,
  deleteRuleAction,
  editChaosField,
  editRuleField,
  setChaosEnabled,
} from './ruleCommands.ts';
import type { AlertRuleSpec, Scenario } from './scenarioAccess.ts';
import { decodeScenarioFromHash, encodeScenarioToHash } from './scenarioAccess.ts';

const doc = (): Scenario => useDocumentStore.getState().scenario;
const rules = (): AlertRuleSpec[] => (doc().rules ?? []).flatMap((r) => ('guide' in r ? [] : [r]));
const undo = () => useDocumentStore.getState().undo();

describe('rule commands', () => {
  beforeEach(() => useDocumentStore.setState(initialDocumentData));

  it('adds the guide’s rules for the current nodes in one undoable step, once', () => {
    const outcome = addGuideRulesToDocument();
    expect(outcome).toMatchObject({ applied: true, added: 11 });
    expect(rules().map((r) => r.id)).toEqual([
      'lb-healthy-targets@lb',
      'error-rate@api-1',
      'error-rate@api-2',
      'error-rate@api-3',
      'error-rate-scale-up@api-1',
      'error-rate-scale-up@api-2',
      'error-rate-scale-up@api-3',
      'error-rate-severe@api-1',
      'error-rate-severe@api-2',
      'error-rate-severe@api-3',
      'slow-responses@totals',
    ]);
    expect(addGuideRulesToDocument()).toMatchObject({ applied: true, added: 0 });
    undo();
    expect(doc().rules).toBeUndefined();
  });

  it('adds, edits and deletes a rule; a value the format refuses is not applied', () => {
    addRuleToDocument();
    addRuleToDocument();
    expect(rules().map((r) => [r.id, r.metric, r.node, r.threshold])).toEqual([
      ['rule-1', 'errorRate', 'api-1', 0.1],
      ['rule-2', 'errorRate', 'api-1', 0.1],
    ]);
    const refused = editRuleField(0, ['threshold'], 10);
    expect(describeOutcome(refused)).toEqual([
      'rules[0].threshold: errorRate is a share from 0 to 1 (0.1 = 10 %) (got 10)',
    ]);
    expect(rules()[0]?.threshold).toBe(0.1);
    expect(editRuleField(0, ['metric'], 'latencyP99').applied).toBe(true);
    expect(editRuleField(0, ['threshold'], 250).applied).toBe(true);
    deleteRule(0);
    addRuleToDocument(); // ids stay unique after a deletion
    expect(rules().map((r) => r.id)).toEqual(['rule-2', 'rule-3']);
    deleteRule(0);
    deleteRule(0);
    expect(doc()).not.toHaveProperty('rules');
  });

  it('adds actions: scale the rule’s service; a breaker only once an edge has one', () => {
    addRuleToDocument();
    expect(addRuleAction(0, 'scale').applied).toBe(true);
    expect(describeOutcome(addRuleAction(0, 'open-breaker'))).toEqual([
      'rules[0].actions: no edge has a circuit breaker: give an edge’s policy one first',
    ]);
    editEdgeField({ from: 'lb', to: 'api-1' }, ['policy'], { circuitBreaker: {} });
    expect(addRuleAction(0, 'open-breaker').applied).toBe(true);
    expect(rules()[0]?.actions).toEqual([
      { type: 'scale', node: 'api-1', factor: 1.5 },
      { type: 'open-breaker', from: 'lb', to: 'api-1' },
    ]);
    // The breaker cannot be taken away while a rule opens it: the format says why.
    expect(
      describeOutcome(editEdgeField({ from: 'lb', to: 'api-1' }, ['policy'], undefined)),
    ).toEqual([
      'rules[0].actions[1]: the edge lb → api-1 has no circuit breaker; give its policy one first',
    ]);
    deleteRuleAction(0, 0);
    expect(rules()[0]?.actions).toEqual([{ type: 'open-breaker', from: 'lb', to: 'api-1' }]);
  });

  it('deleting a node or an edge takes the rules and actions naming it along', () => {
    editEdgeField({ from: 'lb', to: 'api-2' }, ['policy'], { circuitBreaker: {} });
    addGuideRulesToDocument();
    expect(deleteEdge({ from: 'lb', to: 'api-2' }).applied).toBe(true);
    expect(rules().find((r) => r.id === 'error-rate@api-2')).not.toHaveProperty('actions');
    expect(deleteNode('api-2').applied).toBe(true);
    expect(rules().some((r) => r.node === 'api-2')).toBe(false);
    expect(rules().length).toBe(8);
  });

  it('switches chaos on and off, edits it, and forgets deleted targets', () => {
    setChaosEnabled(true);
    expect(doc().chaos).toEqual({ meanTimeBetweenFailuresMs: 60_000, meanTimeToRepairMs: 10_000 });
    expect(describeOutcome(editChaosField(['meanTimeToRepairMs'], 0))).toEqual([
      'chaos.meanTimeToRepairMs: must be greater than 0 (got 0)',
    ]);
    expect(editChaosField(['targets'], ['api-1', 'api-2']).applied).toBe(true);
    deleteNode('api-1');
    expect(doc().chaos?.targets).toEqual(['api-2']);
    deleteNode('api-2');
    expect(doc().chaos).toBeUndefined();
    undo();
    setChaosEnabled(false);
    expect(doc().chaos).toBeUndefined();
  });

  it('rules and chaos survive the shared link', () => {
    addGuideRulesToDocument();
    addRuleToDocument();
    setChaosEnabled(true);
    editChaosField(['faults'], [{ type: 'slow', factor: 4 }]);
    const decoded = decodeScenarioFromHash(encodeScenarioToHash(doc()));
    expect(decoded.ok && decoded.scenario).toEqual(doc());
  });
});
