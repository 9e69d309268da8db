/** Compiling recorded parameter edits for the engine: ids to indices, values as the node's own fields compile. */
import type { EditSpec, NodeEditParams, NodeSpec } from '../engine/index.ts';
import { compileDist } from './compileDist.ts';
import { compileNode } from './compileNodes.ts';
import { LIVE_EDIT_FIELDS, applyEditValues, type LiveEditField } from './liveEditFields.ts';
import type { ParamEdit, Scenario } from './types.ts';

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
    const latency = edit.set.latencyMs;
    const set =
      latency === undefined ? {} : { latencyMs: latency === null ? null : compileDist(latency) };
    return { atMs: edit.atMs, edge: i, set };
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

function readCompiled(node: NodeSpec, field: LiveEditField): unknown {
  if (node.kind === 'client') {
    if (field === 'readRatio') return node.workload.readRatio;
    const a = node.arrival;
    return a.type === 'poisson' || a.type === 'constant' ? a.ratePerSec : undefined;
  }
  return (node as unknown as Record<string, unknown>)[field];
}
