/** Validation of one node: the common fields, then its kind (clients and services here). */
import {
  at,
  checkBoolean,
  checkNumber,
  checkOneOf,
  checkString,
  expectObj,
  optionalField,
  optionalNumber,
  report,
  requireField,
  requireNumber,
  withOptional,
  type Collector,
  type Obj,
} from './checks.ts';
import { LIMITS, NODE_ID_PATTERN } from './limits.ts';
import type { CallMode, NodeBody, ScenarioNode, ScenarioNodeKind } from './nodeTypes.ts';
import { validateArrival } from './validateArrival.ts';
import { validateAutoscaling } from './validateAutoscaling.ts';
import { validateDist } from './validateDist.ts';
import { validateLoadBalancer, validateShardRouter } from './validateRouting.ts';
import { validateCache, validateDatabase, validateQueue } from './validateStorage.ts';
import { validateWorkload } from './validateWorkload.ts';

/** The node kinds this version simulates. */
export const NODE_KINDS: readonly ScenarioNodeKind[] = [
  'client',
  'load-balancer',
  'service',
  'cache',
  'shard-router',
  'database',
  'queue',
];
const CALL_MODES: readonly CallMode[] = ['sequential', 'parallel'];

/** Validate a node id (format only; uniqueness is checked over all nodes). */
export function checkNodeId(c: Collector, value: unknown, path: string): string | undefined {
  const id = checkString(c, value, path, LIMITS.maxIdLength);
  if (id === undefined) return undefined;
  if (id === '') return report(c, path, 'must not be empty');
  if (!NODE_ID_PATTERN.test(id)) {
    return report(c, path, `${describe(id)} may only contain letters, digits and _ . : -`);
  }
  return id;
}

function describe(id: string): string {
  return JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id);
}

const checkLabel = (c: Collector, v: unknown, p: string): string | undefined =>
  checkString(c, v, p, LIMITS.maxLabelLength);
const checkCoordinate = (c: Collector, v: unknown, p: string): number | undefined =>
  checkNumber(c, v, p, { min: -1e6, max: 1e6 });

/** Validate `nodes[i]` at `path`. */
export function validateNode(c: Collector, value: unknown, path: string): ScenarioNode | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const id = requireField(c, obj, 'id', path, checkNodeId);
  const label = optionalField(c, obj, 'label', path, checkLabel);
  const x = optionalField(c, obj, 'x', path, checkCoordinate);
  const y = optionalField(c, obj, 'y', path, checkCoordinate);
  const kind = checkOneOf(c, obj.kind, at(path, 'kind'), NODE_KINDS);
  const body = kind === undefined ? undefined : validateKind(c, obj, path, kind);
  if (id === undefined || label === undefined || x === undefined || y === undefined)
    return undefined;
  if (body === undefined) return undefined;
  return {
    id,
    ...withOptional('label', label.value),
    ...withOptional('x', x.value),
    ...withOptional('y', y.value),
    ...body,
  };
}

function validateKind(
  c: Collector,
  obj: Obj,
  path: string,
  kind: ScenarioNodeKind,
): NodeBody | undefined {
  switch (kind) {
    case 'client':
      return validateClient(c, obj, path);
    case 'load-balancer':
      return validateLoadBalancer(c, obj, path);
    case 'service':
      return validateService(c, obj, path);
    case 'cache':
      return validateCache(c, obj, path);
    case 'shard-router':
      return validateShardRouter(c, obj, path);
    case 'database':
      return validateDatabase(c, obj, path);
    case 'queue':
      return validateQueue(c, obj, path);
  }
}

function validateClient(c: Collector, obj: Obj, path: string): NodeBody | undefined {
  const arrival = requireField(c, obj, 'arrival', path, validateArrival);
  const workload = optionalField(c, obj, 'workload', path, validateWorkload);
  if (arrival === undefined || workload === undefined) return undefined;
  return {
    kind: 'client',
    arrival,
    ...withOptional('workload', workload.value),
  } satisfies NodeBody;
}

function validateService(c: Collector, obj: Obj, path: string): NodeBody | undefined {
  const workers = requireNumber(c, obj, 'workers', path, {
    integer: true,
    min: 1,
    max: LIMITS.maxWorkers,
  });
  const queueCapacity = optionalNumber(c, obj, 'queueCapacity', path, {
    integer: true,
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
  });
  const serviceTimeMs = requireField(c, obj, 'serviceTimeMs', path, validateDist);
  const instances = optionalNumber(c, obj, 'instances', path, {
    integer: true,
    min: 1,
    max: LIMITS.maxInstances,
  });
  const weight = optionalNumber(c, obj, 'weight', path, {
    above: 0,
    max: LIMITS.maxServiceWeight,
  });
  const errorRate = optionalNumber(c, obj, 'errorRate', path, { min: 0, max: 1 });
  const callMode = optionalField(c, obj, 'callMode', path, (cc, v, p) =>
    checkOneOf(cc, v, p, CALL_MODES),
  );
  const hold = optionalField(c, obj, 'holdWorkerDuringCalls', path, checkBoolean);
  const autoscaling = optionalField(c, obj, 'autoscaling', path, (cc, v, p) =>
    validateAutoscaling(cc, v, p, instances?.value),
  );
  if (workers === undefined || queueCapacity === undefined || serviceTimeMs === undefined) {
    return undefined;
  }
  if (instances === undefined || weight === undefined || errorRate === undefined) return undefined;
  if (callMode === undefined || hold === undefined || autoscaling === undefined) return undefined;
  return {
    kind: 'service',
    workers,
    ...withOptional('queueCapacity', queueCapacity.value),
    serviceTimeMs,
    ...withOptional('instances', instances.value),
    ...withOptional('weight', weight.value),
    ...withOptional('errorRate', errorRate.value),
    ...withOptional('callMode', callMode.value),
    ...withOptional('holdWorkerDuringCalls', hold.value),
    ...withOptional('autoscaling', autoscaling.value),
  } satisfies NodeBody;
}
