/** Which field groups the inspector shows for each node kind, and for edges. */
import { LIMIT_GROUPS } from './limitFields.ts';
import { POLICY_GROUPS } from './policyFields.ts';
import type { ScenarioNodeKind } from '../../state/scenarioAccess.ts';
import { CLIENT_GROUPS } from './clientFields.ts';
import { EDGE_CONDITION_EXPLANATIONS } from './explanations.ts';
import { optionsOf } from './fieldHelpers.ts';
import type { FieldGroup } from './fieldTypes.ts';
import { LOAD_BALANCER_GROUPS, SHARD_ROUTER_GROUPS } from './routingFields.ts';
import { SERVICE_GROUPS } from './serviceFields.ts';
import { CACHE_GROUPS, DATABASE_GROUPS, QUEUE_GROUPS } from './storageFields.ts';

/** Field groups per kind (label editing is part of the header). */
export const KIND_GROUPS: Readonly<Record<ScenarioNodeKind, readonly FieldGroup[]>> = {
  client: CLIENT_GROUPS,
  'load-balancer': LOAD_BALANCER_GROUPS,
  service: SERVICE_GROUPS,
  cache: CACHE_GROUPS,
  'shard-router': SHARD_ROUTER_GROUPS,
  database: DATABASE_GROUPS,
  queue: QUEUE_GROUPS,
};

/** Field groups of an edge. */
export const EDGE_GROUPS: readonly FieldGroup[] = [
  {
    title: 'Network',
    fields: [
      { type: 'dist', path: ['latencyMs'], label: 'One-way latency (ms)', optional: 'no delay' },
    ],
  },
  {
    title: 'Which requests',
    fields: [
      {
        type: 'select',
        path: ['when'],
        label: 'Requests taking this edge (from services)',
        options: optionsOf(EDGE_CONDITION_EXPLANATIONS),
        defaultValue: 'always',
        explanations: EDGE_CONDITION_EXPLANATIONS,
      },
    ],
  },
  ...POLICY_GROUPS,
  ...LIMIT_GROUPS,
];
