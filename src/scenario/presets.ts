/**
 * Built-in scenarios. The same JSON files are the test fixtures, the e2e inputs
 * and the preset gallery, so what a teacher picks is what the tests check.
 * Each is validated when this module loads; a broken shipped fixture throws
 * (and `presets.test.ts` fails) rather than reaching a user.
 */
import autoscalingSpike from './fixtures/autoscaling-spike.json' with { type: 'json' };
import cacheWriteBehind from './fixtures/cache-write-behind.json' with { type: 'json' };
import cascade from './fixtures/cascade.json' with { type: 'json' };
import cascadeBreaker from './fixtures/cascade-breaker.json' with { type: 'json' };
import chaosPool from './fixtures/chaos-pool.json' with { type: 'json' };
import closedLoop from './fixtures/closed-loop.json' with { type: 'json' };
import consistentHashShards from './fixtures/consistent-hash-shards.json' with { type: 'json' };
import defaultJson from './fixtures/default.json' with { type: 'json' };
import fullStack from './fixtures/full-stack.json' with { type: 'json' };
import healthCheck from './fixtures/health-check.json' with { type: 'json' };
import healthCheckSlow from './fixtures/health-check-slow.json' with { type: 'json' };
import healthCheckBurst from './fixtures/health-check-burst.json' with { type: 'json' };
import healthCheckBurstSlow from './fixtures/health-check-burst-slow.json' with { type: 'json' };
import md1 from './fixtures/md1-rho-0.9.json' with { type: 'json' };
import messageQueue from './fixtures/message-queue.json' with { type: 'json' };
import mm1 from './fixtures/mm1-rho-0.9.json' with { type: 'json' };
import mm4 from './fixtures/mm4-rho-0.9.json' with { type: 'json' };
import powerOfTwo from './fixtures/power-of-two.json' with { type: 'json' };
import readReplicas from './fixtures/read-replicas.json' with { type: 'json' };
import retryStorm from './fixtures/retry-storm.json' with { type: 'json' };
import slowDependency from './fixtures/slow-dependency.json' with { type: 'json' };
import slowDependencyBulkhead from './fixtures/slow-dependency-bulkhead.json' with { type: 'json' };
import retryStormBreaker from './fixtures/retry-storm-breaker.json' with { type: 'json' };
import retryStormBudget from './fixtures/retry-storm-budget.json' with { type: 'json' };
import timeoutAdaptive from './fixtures/timeout-adaptive.json' with { type: 'json' };
import timeoutFixed from './fixtures/timeout-fixed.json' with { type: 'json' };
import weightedPool from './fixtures/weighted-pool.json' with { type: 'json' };
import type { Scenario } from './types.ts';
import { formatScenarioError, validateScenario } from './validate.ts';

/** A named, described built-in scenario. */
export interface Preset {
  /** Stable id (the fixture's file name without `.json`). */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scenario: Scenario;
}

function toPreset(id: string, json: unknown): Preset {
  const result = validateScenario(json);
  if (!result.ok) {
    const problems = result.errors.map(formatScenarioError).join('; ');
    throw new Error(`built-in scenario ${id} is invalid: ${problems}`);
  }
  const { scenario } = result;
  return { id, title: scenario.name, description: scenario.description ?? '', scenario };
}

/** The built-in scenarios, in gallery order. */
export const presets: readonly Preset[] = [
  toPreset('default', defaultJson),
  toPreset('mm1-rho-0.9', mm1),
  toPreset('mm4-rho-0.9', mm4),
  toPreset('md1-rho-0.9', md1),
  toPreset('power-of-two', powerOfTwo),
  toPreset('closed-loop', closedLoop),
  toPreset('weighted-pool', weightedPool),
  toPreset('health-check', healthCheck),
  toPreset('health-check-slow', healthCheckSlow),
  toPreset('health-check-burst', healthCheckBurst),
  toPreset('health-check-burst-slow', healthCheckBurstSlow),
  toPreset('consistent-hash-shards', consistentHashShards),
  toPreset('full-stack', fullStack),
  toPreset('cache-write-behind', cacheWriteBehind),
  toPreset('read-replicas', readReplicas),
  toPreset('message-queue', messageQueue),
  toPreset('retry-storm', retryStorm),
  toPreset('retry-storm-budget', retryStormBudget),
  toPreset('retry-storm-breaker', retryStormBreaker),
  toPreset('slow-dependency', slowDependency),
  toPreset('slow-dependency-bulkhead', slowDependencyBulkhead),
  toPreset('cascade', cascade),
  toPreset('cascade-breaker', cascadeBreaker),
  toPreset('timeout-fixed', timeoutFixed),
  toPreset('timeout-adaptive', timeoutAdaptive),
  toPreset('autoscaling-spike', autoscalingSpike),
  toPreset('chaos-pool', chaosPool),
];

/** What a fresh document starts as: "Round robin over three services". */
export const defaultScenario: Scenario = toPreset('default', defaultJson).scenario;
