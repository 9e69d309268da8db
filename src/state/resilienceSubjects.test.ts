import { describe, expect, it } from 'vitest';
import {
  getBreakerEdgeKeys,
  getCheckedBalancerIds,
  getRetryEdgeKeys,
  getWriteBehindCacheIds,
} from './resilienceSubjects.ts';
import type { Scenario } from './scenarioAccess.ts';
import { defaultScenario, presets } from './scenarioAccess.ts';

const preset = (id: string): Scenario => {
  const found = presets.find((p) => p.id === id);
  if (found === undefined) throw new Error(id);
  return found.scenario;
};

describe('resilienceSubjects', () => {
  it('finds the retry and breaker edges of the retry-storm presets', () => {
    expect([...getRetryEdgeKeys(preset('retry-storm-breaker'))]).toEqual(['users→api']);
    expect([...getBreakerEdgeKeys(preset('retry-storm-breaker'))]).toEqual(['users→api']);
    expect([...getBreakerEdgeKeys(preset('retry-storm'))]).toEqual([]);
  });

  it('finds balancers that take targets out of rotation and write-behind caches', () => {
    expect(getCheckedBalancerIds(defaultScenario)).toEqual([]);
    expect(getCheckedBalancerIds(preset('health-check'))).toEqual(['lb']);
    expect(getWriteBehindCacheIds(preset('cache-write-behind'))).toHaveLength(1);
    expect(getWriteBehindCacheIds(defaultScenario)).toEqual([]);
  });
});
