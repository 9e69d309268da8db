/** The inspector's fields of load balancers and shard routers. */
import { SCENARIO_DEFAULTS } from '../../state/scenarioAccess.ts';
import { LOAD_BALANCER_EXPLANATIONS, SHARD_EXPLANATIONS } from './explanations.ts';
import { byDefault, optionsOf, present, when } from './fieldHelpers.ts';
import type { FieldGroup } from './fieldTypes.ts';

const LB = SCENARIO_DEFAULTS.loadBalancer;
const HC = SCENARIO_DEFAULTS.healthCheck;
const strategyIs = (...s: string[]) => when(['strategy'], s);
const checked = present(['healthCheck']);
const OD = SCENARIO_DEFAULTS.outlierDetection;
const ejecting = present(['outlierDetection']);

/** Load balancer fields, grouped. */
export const LOAD_BALANCER_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Routing',
    fields: [
      {
        type: 'select',
        path: ['strategy'],
        label: 'Strategy',
        options: optionsOf(LOAD_BALANCER_EXPLANATIONS),
        explanations: LOAD_BALANCER_EXPLANATIONS,
      },
      {
        type: 'number',
        path: ['virtualNodes'],
        label: 'Virtual nodes per target',
        min: 1,
        max: 1000,
        step: 10,
        optional: byDefault(LB.virtualNodes),
        visible: strategyIs('consistent-hash'),
      },
      {
        type: 'number',
        path: ['maglevTableSize'],
        label: 'Maglev table size (prime)',
        min: 1,
        max: 1_000_003,
        optional: byDefault(LB.maglevTableSize),
        visible: strategyIs('maglev'),
      },
      {
        type: 'number',
        path: ['ewmaDecayMs'],
        label: 'EWMA decay (ms)',
        min: 1,
        step: 1000,
        optional: byDefault(LB.ewmaDecayMs),
        visible: strategyIs('least-response-time'),
      },
    ],
  },
  {
    title: 'Health checks',
    fields: [
      {
        type: 'presence',
        path: ['healthCheck'],
        label: 'Check targets actively',
        help: 'Routing reacts to a crashed target only when the checks notice it.',
      },
      {
        type: 'number',
        path: ['healthCheck', 'intervalMs'],
        label: 'Interval (ms)',
        min: 1,
        step: 1000,
        optional: byDefault(HC.intervalMs),
        visible: checked,
      },
      {
        type: 'number',
        path: ['healthCheck', 'timeoutMs'],
        label: 'Timeout (ms)',
        min: 1,
        step: 500,
        optional: byDefault(HC.timeoutMs),
        visible: checked,
      },
      {
        type: 'number',
        path: ['healthCheck', 'unhealthyThreshold'],
        label: 'Failures to mark unhealthy',
        min: 1,
        max: 100,
        step: 1,
        optional: byDefault(HC.unhealthyThreshold),
        visible: checked,
      },
      {
        type: 'number',
        path: ['healthCheck', 'healthyThreshold'],
        label: 'Successes to mark healthy',
        min: 1,
        max: 100,
        step: 1,
        optional: byDefault(HC.healthyThreshold),
        visible: checked,
      },
    ],
  },
  {
    title: 'Outlier ejection',
    fields: [
      {
        type: 'presence',
        path: ['outlierDetection'],
        label: 'Eject targets that keep failing',
        help: 'Passive, from real traffic (Envoy/Istio): after N failures in a row a target leaves the rotation for a while, longer each time it happens again.',
      },
      {
        type: 'number',
        path: ['outlierDetection', 'consecutiveErrors'],
        label: 'Failures in a row to eject',
        min: 1,
        step: 1,
        optional: byDefault(OD.consecutiveErrors),
        visible: ejecting,
      },
      {
        type: 'number',
        path: ['outlierDetection', 'baseEjectionTimeMs'],
        label: 'Base ejection time (ms)',
        min: 1,
        step: 1000,
        optional: byDefault(OD.baseEjectionTimeMs),
        visible: ejecting,
      },
      {
        type: 'number',
        path: ['outlierDetection', 'maxEjectionPercent'],
        label: 'At most ejected at once (%)',
        min: 0,
        max: 100,
        step: 5,
        optional: byDefault(OD.maxEjectionPercent),
        visible: ejecting,
      },
    ],
  },
  {
    title: 'Connection limits',
    fields: [
      {
        type: 'number',
        path: ['maxConnectionsPerTarget'],
        label: 'Max connections per target',
        min: 1,
        step: 1,
        optional: 'unlimited',
      },
      {
        type: 'number',
        path: ['maxPending'],
        label: 'Max calls waiting for a connection',
        min: 0,
        step: 1,
        optional: byDefault(LB.maxPending),
        visible: present(['maxConnectionsPerTarget']),
      },
    ],
  },
];

/** Shard router fields, grouped. */
export const SHARD_ROUTER_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Sharding',
    fields: [
      {
        type: 'select',
        path: ['strategy'],
        label: 'Strategy',
        options: optionsOf(SHARD_EXPLANATIONS),
        explanations: SHARD_EXPLANATIONS,
      },
      {
        type: 'number',
        path: ['virtualNodes'],
        label: 'Virtual nodes per shard',
        min: 1,
        max: 1000,
        step: 10,
        optional: byDefault(SCENARIO_DEFAULTS.shardRouter.virtualNodes),
        visible: strategyIs('consistent-hash'),
      },
      {
        type: 'number-list',
        path: ['rangeBoundaries'],
        label: 'Range boundaries (upper key, exclusive)',
        optional: 'even split',
        visible: strategyIs('range'),
      },
    ],
  },
];
