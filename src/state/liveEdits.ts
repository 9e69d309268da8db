/**
 * Live parameter edits, the pure part: which inspector field maps to a
 * live-editable field, the scenario as it stands at a moment of the run (base
 * values with the edits made by then), and a short label per edit for the
 * charts' markers and the timeline ("api-1 workers 4→8").
 */
import type { JsonPath } from './jsonPath.ts';
import type {
  Dist,
  LiveEditField,
  ParamEdit,
  ParamEditValues,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
} from './scenarioAccess.ts';
import {
  EDGE_LIVE_FIELDS,
  LIVE_EDIT_FIELDS,
  applyEditValues,
  getLiveEditField,
} from './scenarioAccess.ts';
import type { EdgeRef } from './scenarioEdits.ts';

/** The live-editable field a node's inspector path is, or undefined (the change restarts the run). */
export function getNodeLiveField(node: ScenarioNode, path: JsonPath): LiveEditField | undefined {
  const field = getLiveEditField(node.kind, path);
  if (field === 'ratePerSec' && node.kind === 'client') {
    const type = node.arrival.type;
    return type === 'poisson' || type === 'constant' ? field : undefined;
  }
  return field;
}

/** The live-editable field an edge's inspector path is, or undefined. */
export function getEdgeLiveField(path: JsonPath): LiveEditField | undefined {
  return getLiveEditField(null, path);
}

/** An inspector value as an edit value: a cleared field (undefined) means the default (`null`). */
export function toEditValues(field: LiveEditField, value: unknown): ParamEditValues {
  return { [field]: value === undefined ? null : value };
}

/** The live-editable fields in words: `client: ratePerSec, readRatio; service: workers, …; edge: latencyMs`. */
export function describeLiveFields(): string {
  const kinds = Object.entries(LIVE_EDIT_FIELDS)
    .filter(([, fields]) => Object.keys(fields).length > 0)
    .map(([kind, fields]) => `${kind}: ${Object.keys(fields).join(', ')}`);
  return [...kinds, `edge: ${Object.keys(EDGE_LIVE_FIELDS).join(', ')}`].join('; ');
}

/** The scenario with every edit made at or before `atMs` written into its nodes and edges. */
export function getScenarioAt(scenario: Scenario, atMs: number): Scenario {
  const edits = (scenario.edits ?? []).filter((e) => e.atMs <= atMs);
  if (edits.length === 0) return scenario;
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.atMs - b.e.atMs || a.i - b.i);
  let nodes = scenario.nodes;
  let edgesList = scenario.edges;
  for (const { e } of ordered) {
    if ('node' in e)
      nodes = nodes.map((n) =>
        n.id === e.node ? applyEditValues(n, e.set, LIVE_EDIT_FIELDS[n.kind]) : n,
      );
    else
      edgesList = edgesList.map((x) =>
        isEdgeOf(x, e.edge) ? applyEditValues(x, e.set, EDGE_LIVE_FIELDS) : x,
      );
  }
  return { ...scenario, nodes, edges: edgesList };
}

const isEdgeOf = (edge: ScenarioEdge, ref: EdgeRef): boolean =>
  edge.from === ref.from && edge.to === ref.to;

/** Where an edit is aimed, for labels: `api-1` or `lb→api-1`. */
export function getEditSubject(edit: ParamEdit): string {
  return 'node' in edit ? edit.node : `${edit.edge.from}→${edit.edge.to}`;
}

/**
 * A short label per edit, with the value before and after:
 * `api-1 workers 4→8`, `users ratePerSec 800→1200`, `lb→api-1 latencyMs none→exp 2`.
 */
export function getEditLabel(scenario: Scenario, edit: ParamEdit): string {
  const before = getScenarioAt(withoutEdit(scenario, edit), edit.atMs);
  const changes = Object.entries(edit.set).map(([field, value]) => {
    const f = field as LiveEditField;
    return `${field} ${formatValue(readBefore(before, edit, f), f)}→${formatValue(value, f)}`;
  });
  return `${getEditSubject(edit)} ${changes.join(', ')}`;
}

/** The scenario without `edit` (and without edits after it in the list at the same time). */
function withoutEdit(scenario: Scenario, edit: ParamEdit): Scenario {
  const list = scenario.edits ?? [];
  const index = list.indexOf(edit);
  const kept = list.filter((e, i) => e !== edit && !(e.atMs === edit.atMs && i > index));
  return { ...scenario, edits: kept };
}

function readBefore(scenario: Scenario, edit: ParamEdit, field: LiveEditField): unknown {
  if ('node' in edit) {
    const node = scenario.nodes.find((n) => n.id === edit.node);
    const path = node === undefined ? undefined : LIVE_EDIT_FIELDS[node.kind][field];
    return path === undefined ? undefined : readPath(node, path);
  }
  const edge = scenario.edges.find((e) => isEdgeOf(e, edit.edge));
  const path = EDGE_LIVE_FIELDS[field];
  return path === undefined ? undefined : readPath(edge, path);
}

function readPath(subject: unknown, path: readonly string[]): unknown {
  let v = subject;
  for (const k of path) v = (v as Record<string, unknown> | undefined)?.[k];
  return v;
}

/** `8`, `0.5`, `∞` (an unbounded queue), `none` (no latency), `exp 4` (a distribution's type and parameters). */
export function formatValue(value: unknown, field?: LiveEditField): string {
  if (value === undefined || value === null)
    return field === 'queueCapacity' ? '∞' : field === 'latencyMs' ? 'none' : '–';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '∞';
  if (typeof value === 'object' && 'type' in value) return formatDist(value as Dist);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function formatDist(d: Dist): string {
  const params = Object.entries(d)
    .filter(([k]) => k !== 'type')
    .map(([, v]) => String(v as number));
  const short = d.type === 'exponential' ? 'exp' : d.type;
  return `${short} ${params.join('/')}`;
}

/** A recorded edit as a mark on the time charts and a row of the edits list. */
export interface EditMark {
  /** Position in `scenario.edits`. */
  readonly index: number;
  readonly atMs: number;
  /** `api-1 workers 4→8`. */
  readonly label: string;
}

/** Every recorded edit, in time order (ties in list order), with its label. */
export function getEditMarks(scenario: Scenario): EditMark[] {
  return (scenario.edits ?? [])
    .map((edit, index) => ({ index, atMs: edit.atMs, label: getEditLabel(scenario, edit) }))
    .sort((a, b) => a.atMs - b.atMs || a.index - b.index);
}

/** How many edits have taken effect by `atMs` (a stable number for selectors). */
export function countEditsBy(scenario: Scenario, atMs: number): number {
  return (scenario.edits ?? []).filter((e) => e.atMs <= atMs).length;
}
