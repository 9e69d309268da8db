/**
 * `validateScenario`: untrusted input → a typed `Scenario`, or every problem
 * found, each with a path such as `nodes[2].serviceTimeMs.mean`. Older versions
 * are migrated first. Nothing throws; unknown fields are dropped from the
 * result (except edge `policy` and fault types other than `crash`, which change
 * behaviour and are rejected as not supported yet).
 */
import {
  checkNumber,
  checkString,
  createCollector,
  isObj,
  optionalField,
  optionalNumber,
  report,
  requireField,
  requireNumber,
  withOptional,
  type Collector,
  type Obj,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import { migrateScenario } from './migrations.ts';
import type {
  Scenario,
  ScenarioEdge,
  ScenarioError,
  ScenarioNode,
  ValidationResult,
} from './types.ts';
import { validateEdge } from './validateEdge.ts';
import { validateChaos } from './validateChaos.ts';
import { validateEdits } from './validateEdits.ts';
import { validateFaults } from './validateFaults.ts';
import { validateGraph, type GraphNode } from './validateGraph.ts';
import { NODE_KINDS, validateNode } from './validateNode.ts';
import { validateSlos } from './validateSlos.ts';
import { validateRules } from './validateRules.ts';

/** Validate (after migrating) a parsed scenario document of any version. */
export function validateScenario(input: unknown): ValidationResult {
  const migrated = migrateScenario(input);
  return migrated.ok ? validateCurrent(migrated.doc) : migrated;
}

/** One line for people: `nodes[2].workers: must be at least 1 (got 0)`. */
export function formatScenarioError(error: ScenarioError): string {
  return `${error.path}: ${error.message}`;
}

function validateCurrent(doc: Obj): ValidationResult {
  const c = createCollector();
  const name = requireField(c, doc, 'name', '', (cc, v, p) =>
    checkString(cc, v, p, LIMITS.maxNameLength),
  );
  const description = optionalField(c, doc, 'description', '', (cc, v, p) =>
    checkString(cc, v, p, LIMITS.maxDescriptionLength),
  );
  const seed = requireField(c, doc, 'seed', '', checkSeed);
  const times = validateTimes(c, doc);
  const nodes = validateList(c, doc, 'nodes', LIMITS.maxNodes, validateNode);
  const edges = validateList(c, doc, 'edges', LIMITS.maxEdges, validateEdge);
  const graphNodes = nodes?.map(toGraphNode(doc.nodes));
  if (graphNodes !== undefined && edges !== undefined) {
    validateGraph(c, graphNodes, edges);
    if (graphNodes.length > 0 && !graphNodes.some((n) => n.kind === 'client')) {
      report(c, 'nodes', 'needs at least one client (nothing would send requests)');
    }
  }
  const validEdges = edges?.filter((e): e is ScenarioEdge => e !== undefined);
  const faults = validateFaults(c, doc.faults, graphNodes, times?.durationMs, validEdges);
  const slos = validateSlos(c, doc.slos);
  const rules = validateRules(c, doc.rules, graphNodes, validEdges);
  const chaos = validateChaos(c, doc.chaos, graphNodes, times?.durationMs);
  const editContext =
    nodes === undefined || edges === undefined || times === undefined || c.errors.length > 0
      ? undefined
      : {
          nodes: nodes.filter((n) => n !== undefined),
          edges: edges.filter((e) => e !== undefined),
          durationMs: times.durationMs,
          rules: rules?.value,
        };
  const edits = validateEdits(c, doc.edits, editContext);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  if (name === undefined || description === undefined || seed === undefined) return internal();
  if (times === undefined || nodes === undefined || edges === undefined) return internal();
  if (faults === undefined || slos === undefined) return internal();
  if (rules === undefined || chaos === undefined || edits === undefined) return internal();
  const scenario: Scenario = {
    version: 1,
    name,
    ...withOptional('description', description.value),
    seed,
    ...times,
    nodes: nodes.filter((n) => n !== undefined),
    edges: edges.filter((e) => e !== undefined),
    ...withOptional('faults', faults.value),
    ...withOptional('slos', slos.value),
    ...withOptional('rules', rules.value),
    ...withOptional('chaos', chaos.value),
    ...withOptional('edits', edits.value),
  };
  return { ok: true, scenario };
}

/** Unreachable when no problem was reported; kept so a bug cannot pass as valid. */
function internal(): ValidationResult {
  return {
    ok: false,
    errors: [{ path: 'scenario', message: 'could not be read (internal error)' }],
  };
}

function checkSeed(c: Collector, value: unknown, path: string): number | undefined {
  const seed = checkNumber(c, value, path, {});
  if (seed === undefined) return undefined;
  if (!Number.isInteger(seed) || seed < 0 || seed > LIMITS.maxSeed) {
    return report(
      c,
      path,
      `must be an unsigned 32-bit integer, 0 to ${LIMITS.maxSeed} (got ${seed})`,
    );
  }
  return seed;
}

type Times = Pick<Scenario, 'durationMs' | 'warmupMs' | 'windowMs'>;

function validateTimes(c: Collector, doc: Obj): Times | undefined {
  const durationMs = requireNumber(c, doc, 'durationMs', '', {
    above: 0,
    max: LIMITS.maxDurationMs,
  });
  const warmupMs = optionalNumber(c, doc, 'warmupMs', '', { min: 0, max: LIMITS.maxDurationMs });
  const windowMs = optionalNumber(c, doc, 'windowMs', '', {
    min: LIMITS.minWindowMs,
    max: LIMITS.maxDurationMs,
  });
  if (durationMs === undefined || warmupMs === undefined || windowMs === undefined)
    return undefined;
  if (warmupMs.value !== undefined && warmupMs.value >= durationMs) {
    return report(
      c,
      'warmupMs',
      `must be less than durationMs (${durationMs}) (got ${warmupMs.value})`,
    );
  }
  if (windowMs.value !== undefined && durationMs / windowMs.value > LIMITS.maxWindows) {
    return report(
      c,
      'windowMs',
      `is too small: durationMs / windowMs may be at most ${LIMITS.maxWindows} windows`,
    );
  }
  return {
    durationMs,
    ...withOptional('warmupMs', warmupMs.value),
    ...withOptional('windowMs', windowMs.value),
  };
}

/** A list of at most `max` items, each validated; refused whole when too long. */
function validateList<T>(
  c: Collector,
  doc: Obj,
  key: 'nodes' | 'edges',
  max: number,
  check: (c: Collector, value: unknown, path: string) => T | undefined,
): (T | undefined)[] | undefined {
  const list = doc[key];
  if (list === undefined) return report(c, key, 'is required');
  if (!Array.isArray(list)) return report(c, key, 'must be an array');
  if (list.length > max) {
    return report(c, key, `has ${list.length} ${key}; this version supports at most ${max}`);
  }
  return list.map((item: unknown, i) => check(c, item, `${key}[${i}]`));
}

/**
 * Graph view of a node. An invalid node still lends its raw id and kind, so
 * edges to it and the graph's shape are not misreported because of it.
 */
function toGraphNode(raw: unknown) {
  return (node: ScenarioNode | undefined, i: number): GraphNode => {
    if (node !== undefined) return { id: node.id, kind: node.kind, node };
    const item: unknown = Array.isArray(raw) ? raw[i] : undefined;
    if (!isObj(item)) return { id: undefined, kind: undefined, node };
    const id = typeof item.id === 'string' ? item.id : undefined;
    return { id, kind: NODE_KINDS.find((k) => k === item.kind), node };
  };
}
