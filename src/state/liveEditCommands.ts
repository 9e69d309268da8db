/**
 * The inspector's door for changes during a run. While a run is running or
 * paused, a change of a live-editable field is checked here (the format's own
 * rules, as an edit at the current simulated time) and sent to the worker,
 * which applies it at once and hands it back to be recorded as a live edit.
 * Anything else returns null: the caller makes it an ordinary edit, which
 * restarts the run (`app.ts` says why).
 */
import { simCommands } from './app.ts';
import type { EditOutcome } from './documentEdits.ts';
import { useDocumentStore } from './documentStore.ts';
import type { JsonPath } from './jsonPath.ts';
import { getIn, setIn } from './jsonPath.ts';
import { getEdgeLiveField, getNodeLiveField, getScenarioAt, toEditValues } from './liveEdits.ts';
import { useRunStore } from './runStore.ts';
import type { LiveParamEdit } from './app.ts';
import {
  EDGE_LIVE_FIELDS,
  LIVE_EDIT_FIELDS,
  isKeyStrategy,
  validateScenario,
} from './scenarioAccess.ts';
import type { EdgeRef } from './scenarioEdits.ts';

/** Whether a run is going on (running or paused): edits of live fields then apply live. */
export function isRunActive(): boolean {
  const status = useRunStore.getState().status;
  return status === 'running' || status === 'paused';
}

/** A live edit of node `id` at `path`, or null when it is not one. */
export function tryLiveNodeEdit(id: string, path: JsonPath, value: unknown): EditOutcome | null {
  if (!isRunActive()) return null;
  const node = useDocumentStore.getState().scenario.nodes.find((n) => n.id === id);
  const field = node === undefined ? undefined : getNodeLiveField(node, path);
  if (field === undefined) return null;
  // A switch to or from a key strategy changes what clients draw: it restarts the run.
  if (node?.kind === 'load-balancer' && field === 'strategy') {
    if (isKeyStrategy(node.strategy) || isKeyStrategy(String(value))) return null;
  }
  const inForce = inForceNow().nodes.find((n) => n.id === id);
  const fieldPath = node === undefined ? undefined : LIVE_EDIT_FIELDS[node.kind][field];
  if (inForce === undefined || fieldPath === undefined) return null;
  const whole = toWholeField(inForce, fieldPath, path, value);
  return sendLiveEdit({ node: id, set: toEditValues(field, whole) });
}

/** A live edit of the edge `ref` at `path`, or null when it is not one. */
export function tryLiveEdgeEdit(ref: EdgeRef, path: JsonPath, value: unknown): EditOutcome | null {
  if (!isRunActive()) return null;
  const field = getEdgeLiveField(path);
  const inForce = inForceNow().edges.find((e) => e.from === ref.from && e.to === ref.to);
  const fieldPath = field === undefined ? undefined : EDGE_LIVE_FIELDS[field];
  if (field === undefined || inForce === undefined || fieldPath === undefined) return null;
  const whole = toWholeField(inForce, fieldPath, path, value);
  return sendLiveEdit({ edge: { from: ref.from, to: ref.to }, set: toEditValues(field, whole) });
}

/** The scenario with the edits made by the current simulated time. */
function inForceNow() {
  return getScenarioAt(useDocumentStore.getState().scenario, useRunStore.getState().simTimeMs);
}

/**
 * The whole field's new value when the inspector changed a part of it (a
 * distribution's mean, a retry's attempts): the value in force with that part set.
 */
function toWholeField(
  subject: unknown,
  fieldPath: readonly string[],
  path: JsonPath,
  value: unknown,
): unknown {
  if (path.length === fieldPath.length) return value;
  return setIn(getIn(subject, fieldPath) ?? {}, path.slice(fieldPath.length), value);
}

/**
 * Wall time a field must rest before its value is sent: typing `12` is one
 * edit to 12, not an edit to 1 and then one to 12.
 */
export const LIVE_EDIT_SETTLE_MS = 400;

/** Edits waiting for their field to settle, by subject and field. */
const settling = new Map<string, ReturnType<typeof setTimeout>>();

/** Check the edit as the worker will (at the current time), then send it once the field rests. */
function sendLiveEdit(edit: LiveParamEdit): EditOutcome {
  const scenario = useDocumentStore.getState().scenario;
  const atMs = useRunStore.getState().simTimeMs;
  const candidate = { ...scenario, edits: [...(scenario.edits ?? []), { ...edit, atMs }] };
  const result = validateScenario(candidate);
  if (!result.ok) return { applied: false, errors: result.errors };
  const key = `${'node' in edit ? edit.node : `${edit.edge.from}→${edit.edge.to}`}:${Object.keys(edit.set).join()}`;
  clearTimeout(settling.get(key));
  settling.set(
    key,
    setTimeout(() => {
      settling.delete(key);
      void simCommands.edit(edit);
    }, LIVE_EDIT_SETTLE_MS),
  );
  return { applied: true };
}
