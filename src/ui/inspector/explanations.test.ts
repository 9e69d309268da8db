import { describe, expect, it } from 'vitest';
import {
  ARRIVAL_EXPLANATIONS,
  CALL_MODE_EXPLANATIONS,
  EDGE_CONDITION_EXPLANATIONS,
  EVICTION_EXPLANATIONS,
  FALLBACK_EXPLANATIONS,
  JITTER_EXPLANATIONS,
  BREAKER_MODE_EXPLANATIONS,
  KEY_DISTRIBUTION_EXPLANATIONS,
  LOAD_BALANCER_EXPLANATIONS,
  SHARD_EXPLANATIONS,
  WRITE_POLICY_EXPLANATIONS,
} from './explanations.ts';
import type {
  Arrival,
  CallMode,
  EdgeCondition,
  EvictionPolicy,
  FallbackType,
  JitterKind,
  BreakerMode,
  KeyDistribution,
  LoadBalancerStrategy,
  ShardStrategy,
  WritePolicy,
} from './formatTypes.ts';
import { EDGE_GROUPS, KIND_GROUPS } from './kindFields.ts';

/**
 * Every member of each union, written out. `satisfies` rejects a value the
 * union lacks; `Exact` rejects a list that misses a member — so a strategy
 * added to the format fails here until it is listed (and explained).
 */
type Exact<U, L extends readonly U[]> = [Exclude<U, L[number]>] extends [never] ? L : never;
const all =
  <U>() =>
  <const L extends readonly U[]>(list: Exact<U, L>): readonly U[] =>
    list;

const UNIONS: readonly (readonly [string, readonly string[], Readonly<Record<string, string>>])[] =
  [
    [
      'load balancer strategies',
      all<LoadBalancerStrategy>()([
        'round-robin',
        'weighted-round-robin',
        'least-connections',
        'random',
        'power-of-two-choices',
        'least-response-time',
        'key-hash',
        'consistent-hash',
        'maglev',
      ]),
      LOAD_BALANCER_EXPLANATIONS,
    ],
    [
      'shard strategies',
      all<ShardStrategy>()(['range', 'hash-mod', 'consistent-hash', 'jump', 'rendezvous']),
      SHARD_EXPLANATIONS,
    ],
    [
      'eviction policies',
      all<EvictionPolicy>()(['lru', 'lfu', 'fifo', 'random']),
      EVICTION_EXPLANATIONS,
    ],
    [
      'write policies',
      all<WritePolicy>()(['cache-aside', 'write-through', 'write-behind']),
      WRITE_POLICY_EXPLANATIONS,
    ],
    ['call modes', all<CallMode>()(['sequential', 'parallel']), CALL_MODE_EXPLANATIONS],
    [
      'key distributions',
      all<KeyDistribution>()(['uniform', 'zipf', 'hot-key']),
      KEY_DISTRIBUTION_EXPLANATIONS,
    ],
    [
      'arrival processes',
      all<Arrival['type']>()(['poisson', 'constant', 'steps', 'ramp', 'spike', 'users']),
      ARRIVAL_EXPLANATIONS,
    ],
    [
      'edge conditions',
      all<EdgeCondition>()(['always', 'reads', 'writes']),
      EDGE_CONDITION_EXPLANATIONS,
    ],
    [
      'retry jitters',
      all<JitterKind>()(['none', 'full', 'equal', 'decorrelated']),
      JITTER_EXPLANATIONS,
    ],
    [
      'fallback types',
      all<FallbackType>()(['error', 'default', 'stale', 'pending']),
      FALLBACK_EXPLANATIONS,
    ],
    [
      'breaker modes',
      all<BreakerMode>()(['consecutive', 'sliding-window']),
      BREAKER_MODE_EXPLANATIONS,
    ],
  ];

describe('explanations', () => {
  it.each(UNIONS)('explain every one of the %s, and nothing else', (_name, values, table) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const value of values) {
      const text = table[value] ?? '';
      expect(text.length, value).toBeGreaterThan(60); // a paragraph, not a label
      expect(text.trim().endsWith('.'), value).toBe(true);
    }
  });

  it('the strategy selects offer exactly the explained options', () => {
    for (const groups of [...Object.values(KIND_GROUPS), EDGE_GROUPS])
      for (const field of groups.flatMap((g) => g.fields))
        if (field.type === 'select' && field.explanations !== undefined)
          expect([...field.options].sort()).toEqual(Object.keys(field.explanations).sort());
  });
});
