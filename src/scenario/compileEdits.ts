/** Compiling recorded parameter edits for the engine: ids to indices, values as the node's own fields compile. */
import type { EdgeEditParams, EditSpec, NodeEditParams, NodeSpec } from '../engine/index.ts';
import { compilePolicy } from './compilePolicy.ts';
import { compileDist } from './compileDist.ts';
import { compileNode } from './compileNodes.ts';
import {
  EDGE_LIVE_FIELDS,
  LIVE_EDIT_FIELDS,
  applyEditValues,
  type LiveEditField,
} from './liveEditFields.ts';
import type { ParamEdit, ParamEditValues, Scenario, ScenarioEdge } from './types.ts';

/** The scenario's edits as engine edits, in list order (absent when there are none). */
export function compileEdits(s: Scenario): EditSpec[] | undefined {
  const edits = s.edits ?? [];
  if (edits.length === 0) return undefined;
  return edits.map((edit) => compileEdit(s, edit));
}

function compileEdit(s: Scenario, edit: ParamEdit): EditSpec {
  if ('edge' in edit) {
    const { from, to } = edit.edge;
    const i = s.edges.findIndex((e) => e.from === from && e.to === to);
    if (i < 0) throw new Error(`compileScenario: an edit names an unknown edge; validate first`);
    return { atMs: edit.atMs, edge: i, set: compileEdgeEdit(s.edges[i]!, edit.set) };
  }
  const i = s.nodes.findIndex((n) => n.id === edit.node);
  const node = s.nodes[i];
  if (node === undefined)
    throw new Error(`compileScenario: an edit names an unknown node; validate first`);
  // The node compiled with the edit written in: every value means what the field means.
  const table = LIVE_EDIT_FIELDS[node.kind];
  const compiled = compileNode(applyEditValues(node, edit.set, table));
  const set: Record<string, unknown> = {};
  for (const key of Object.keys(edit.set) as LiveEditField[])
    set[key] = readCompiled(compiled, key);
  return { atMs: edit.atMs, node: i, set: set as NodeEditParams };
}

/** An edge edit's values as the edge's own fields compile (policy values from its compiled policy). */
function compileEdgeEdit(edge: ScenarioEdge, values: ParamEditValues): EdgeEditParams {
  const latency = values.latencyMs;
  const merged = applyEditValues(edge, values, EDGE_LIVE_FIELDS);
  const policy = merged.policy === undefined ? undefined : compilePolicy(merged.policy);
  return {
    ...(latency === undefined ? {} : { latencyMs: latency === null ? null : compileDist(latency) }),
    ...(values.timeoutMs === undefined || policy === undefined
      ? {}
      : { timeoutMs: policy.timeoutMs }),
    ...(values.retry === undefined || policy === undefined ? {} : { retry: policy.retry }),
  };
}

function readCompiled(node: NodeSpec, field: LiveEditField): unknown {
  if (node.kind === 'client') {
    if (field === 'readRatio') return node.workload.readRatio;
    const a = node.arrival;
    return a.type === 'poisson' || a.type === 'constant' ? a.ratePerSec : undefined;
  }
  return (node as unknown as Record<string, unknown>)[field];
}
