/** Autoscaling, alert rules and chaos mode in the public format: validation, defaults, compilation. */
import { describe, expect, it } from 'vitest';
import { DERIVED_METRICS, METRICS } from '../engine/index.ts';
import { compileScenario } from './compile.ts';
import { getGuideRules } from './guideRules.ts';
import { RULE_METRICS } from './ruleMetrics.ts';
import { problems, stackDoc } from './testing/problems.ts';
import type { Scenario } from './types.ts';
import { validateScenario } from './validate.ts';

type Json = Record<string, unknown>;

/** stackDoc with the api service patched and top-level fields added. */
function doc(apiPatch: Json = {}, extra: Json = {}): Json {
  const base = stackDoc();
  const nodes = (base.nodes as Json[]).map((n) => (n.id === 'api' ? { ...n, ...apiPatch } : n));
  return { ...base, nodes, ...extra };
}

function valid(d: Json): Scenario {
  const result = validateScenario(d);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

const breakerEdge = (d: Json): Json => ({
  ...d,
  edges: (d.edges as Json[]).map((e) =>
    e.from === 'lb' && e.to === 'api' ? { ...e, policy: { circuitBreaker: {} } } : e,
  ),
});

describe('service autoscaling', () => {
  it('is optional, kept as written, and compiles with every default applied', () => {
    const s = valid(doc({ instances: 2, autoscaling: { maxInstances: 6, startupDelayMs: 5000 } }));
    const api = s.nodes.find((n) => n.id === 'api');
    expect(api).toMatchObject({ autoscaling: { maxInstances: 6, startupDelayMs: 5000 } });
    const spec = compileScenario(s).nodes.find((n) => n.id === 'api');
    expect(spec).toMatchObject({
      autoscaling: {
        minInstances: 1,
        maxInstances: 6,
        targetUtilization: 0.7,
        tolerance: 0.1,
        evaluationIntervalMs: 15_000,
        scaleOutCooldownMs: 60_000,
        scaleInCooldownMs: 300_000,
        startupDelayMs: 5000,
      },
    });
    expect(compileScenario(valid(doc())).nodes.find((n) => n.id === 'api')).not.toHaveProperty(
      'autoscaling',
    );
  });

  it('checks each field and that the service starts within its bounds', () => {
    expect(problems(doc({ autoscaling: { targetUtilization: 1.5, startupDelayMs: -1 } }))).toEqual([
      'nodes[2].autoscaling.targetUtilization: must be at most 1 (got 1.5)',
      'nodes[2].autoscaling.startupDelayMs: must be at least 0 (got -1)',
    ]);
    expect(problems(doc({ autoscaling: { minInstances: 4, maxInstances: 3 } }))).toEqual([
      'nodes[2].autoscaling.maxInstances: must be at least minInstances (4) (got 3)',
    ]);
    expect(problems(doc({ instances: 20, autoscaling: {} }))).toEqual([
      "nodes[2].autoscaling.maxInstances: must be at least the service's instances (20) (got 10, the default)",
    ]);
    expect(problems(doc({ autoscaling: { minInstances: 2 } }))).toEqual([
      "nodes[2].autoscaling.minInstances: must be at most the service's instances (1) (got 2)",
    ]);
    expect(problems(doc({ autoscaling: 'on' }))).toEqual([
      'nodes[2].autoscaling: must be an object (got "on")',
    ]);
  });
});

describe('alert rules', () => {
  const rule = (patch: Json = {}): Json => ({
    metric: 'errorRate',
    node: 'api',
    threshold: 0.1,
    ...patch,
  });

  it('accepts a rule with actions; defaults and ids are applied at compile time', () => {
    const actions = [
      { type: 'open-breaker', from: 'lb', to: 'api' },
      { type: 'scale', node: 'api', factor: 1.5 },
    ];
    const s = valid(
      breakerEdge(
        doc(
          {},
          {
            rules: [
              rule({ forMs: 3000, actions }),
              rule({ node: undefined, metric: 'latencyP99', threshold: 5000 }),
            ],
          },
        ),
      ),
    );
    expect(compileScenario(s).rules).toEqual([
      {
        id: 'rule-1',
        metric: 'errorRate',
        scope: 'api',
        comparator: '>',
        threshold: 0.1,
        forMs: 3000,
        severity: 'warning',
        actions: [
          { type: 'open-breaker', edge: { from: 'lb', to: 'api' } },
          { type: 'scale', node: 'api', factor: 1.5 },
        ],
      },
      {
        id: 'rule-2',
        metric: 'latencyP99',
        scope: 'totals',
        comparator: '>',
        threshold: 5000,
        forMs: 0,
        severity: 'warning',
      },
    ]);
  });

  it('reports bad metrics, unknown nodes, negative thresholds and shares above 1 by path', () => {
    const bad = [
      rule({ metric: 'cpu' }),
      rule({ node: 'nope' }),
      rule({ threshold: -1 }),
      rule({ threshold: 10 }),
      rule({ comparator: '>=', severity: 'page', forMs: -5 }),
    ];
    expect(problems(doc({}, { rules: bad }))).toEqual([
      expect.stringMatching(/^rules\[0\]\.metric: must be one of "errorRate", .* \(got "cpu"\)$/),
      'rules[1].node: no node has id "nope"',
      'rules[2].threshold: must be at least 0 (got -1)',
      'rules[3].threshold: errorRate is a share from 0 to 1 (0.1 = 10 %) (got 10)',
      'rules[4].comparator: must be one of ">", "<" (got ">=")',
      'rules[4].forMs: must be at least 0 (got -5)',
      'rules[4].severity: must be one of "info", "warning", "critical" (got "page")',
    ]);
  });

  it('refuses a rule on a node named "totals" (the engine’s name for the clients’ row)', () => {
    const d = doc();
    const nodes = (d.nodes as Json[]).map((n) => (n.id === 'worker' ? { ...n, id: 'totals' } : n));
    const edges = (d.edges as Json[]).map((e) => (e.to === 'worker' ? { ...e, to: 'totals' } : e));
    expect(problems({ ...d, nodes, edges, rules: [rule({ node: 'totals' })] })).toEqual([
      'rules[0].node: a node named "totals" cannot be watched by a rule; rename it',
    ]);
  });

  it('refuses a metric on a node that does not report it', () => {
    expect(
      problems(doc({}, { rules: [rule({ metric: 'healthyShare', threshold: 0.5 })] })),
    ).toEqual([
      'rules[0].metric: healthyShare is reported by load-balancer only ("api" is a service)',
    ]);
    expect(problems(doc({}, { rules: [rule({ metric: 'imbalance', node: undefined })] }))).toEqual([
      'rules[0].node: is required: imbalance is reported by nodes (load-balancer, shard-router) only',
    ]);
  });

  it('checks actions: the edge must exist and have a breaker, only services scale', () => {
    const actions = [
      { type: 'open-breaker', from: 'lb', to: 'api' },
      { type: 'open-breaker', from: 'api', to: 'lb' },
      { type: 'scale', node: 'db-0', factor: 2 },
      { type: 'scale', node: 'api', factor: 0 },
      { type: 'page-someone' },
    ];
    expect(problems(doc({}, { rules: [rule({ actions })] }))).toEqual([
      'rules[0].actions[0]: the edge lb → api has no circuit breaker; give its policy one first',
      'rules[0].actions[1]: there is no edge api → lb',
      'rules[0].actions[2].node: "db-0" is a database; only services scale',
      'rules[0].actions[3].factor: must be greater than 0 (got 0)',
      'rules[0].actions[4].type: must be one of "open-breaker", "scale" (got "page-someone")',
    ]);
  });

  it('binds { "guide": true } to every matching node; breakers only where an edge has one', () => {
    const s = valid(breakerEdge(doc({}, { rules: [{ guide: true }] })));
    const compiled = compileScenario(s).rules ?? [];
    expect(compiled.map((r) => r.id)).toEqual([
      'lb-healthy-targets@lb',
      'shard-imbalance@router',
      'error-rate@api',
      'error-rate@worker',
      'error-rate-scale-up@api',
      'error-rate-scale-up@worker',
      'error-rate-severe@api',
      'error-rate-severe@worker',
      'slow-responses@totals',
    ]);
    expect(compiled.find((r) => r.id === 'error-rate@api')?.actions).toEqual([
      { type: 'open-breaker', edge: { from: 'lb', to: 'api' } },
    ]);
    // orders → worker has no breaker: the guide's rule on worker opens nothing.
    expect(compiled.find((r) => r.id === 'error-rate@worker')).not.toHaveProperty('actions');
    expect(getGuideRules(s).every((r) => validateScenario({ ...s, rules: [r] }).ok)).toBe(true);
  });

  it('rule ids are unique, the guide’s included', () => {
    const guideId = { ...rule(), id: 'error-rate@api' };
    expect(problems(doc({}, { rules: [rule({ id: 'x' }), rule({ id: 'x' })] }))).toEqual([
      'rules[1]: rule id "x" is used by rules[0] too',
    ]);
    expect(problems(doc({}, { rules: [guideId, { guide: true }] }))).toEqual([
      'rules[1]: rule id "error-rate@api" is used by rules[0] too',
    ]);
    expect(problems(doc({}, { rules: [{ guide: 'yes' }, { guide: true, extra: 1 }] }))).toEqual([
      'rules[0].guide: must be true',
      'rules[1]: { "guide": true } takes no other fields (got extra)',
    ]);
  });

  it('offers exactly the metrics the engine reports', () => {
    const engine: readonly string[] = [...METRICS, ...DERIVED_METRICS];
    for (const m of RULE_METRICS) expect(engine).toContain(m);
  });
});

describe('chaos mode', () => {
  const chaos = (patch: Json = {}): Json => ({
    meanTimeBetweenFailuresMs: 60_000,
    meanTimeToRepairMs: 5000,
    ...patch,
  });

  it('is off unless present; compiles targets by kind or id, in node order, seeded from the scenario', () => {
    expect(compileScenario(valid(doc())).chaos).toBeUndefined();
    const faults = [
      { type: 'crash' },
      { type: 'slow', factor: 3, weight: 2 },
      { type: 'cache-flush' },
    ];
    const s = valid(
      doc({}, { chaos: chaos({ faults, targets: ['cache', 'service'], startMs: 1000 }) }),
    );
    expect(compileScenario(s).chaos).toEqual({
      seed: 1,
      timeBetweenFailures: { type: 'exponential', mean: 60_000 },
      timeToRepair: { type: 'exponential', mean: 5000 },
      startMs: 1000,
      targets: [
        {
          node: 2,
          mix: [
            { weight: 1, fault: { type: 'crash' } },
            { weight: 2, fault: { type: 'slow', factor: 3 } },
          ],
        },
        {
          node: 3,
          mix: [
            { weight: 1, fault: { type: 'crash' } },
            { weight: 1, fault: { type: 'cache-flush' } },
          ],
        },
        {
          node: 8,
          mix: [
            { weight: 1, fault: { type: 'crash' } },
            { weight: 2, fault: { type: 'slow', factor: 3 } },
          ],
        },
      ],
    });
    expect(compileScenario(valid(doc({}, { chaos: chaos({ seed: 9 }) }))).chaos?.seed).toBe(9);
  });

  it('reports missing times, unknown targets and faults that apply to no target', () => {
    expect(problems(doc({}, { chaos: {} }))).toEqual([
      'chaos.meanTimeBetweenFailuresMs: is required',
      'chaos.meanTimeToRepairMs: is required',
    ]);
    expect(problems(doc({}, { chaos: chaos({ targets: ['nope', 'users'] }) }))).toEqual([
      'chaos.targets[0]: "nope" is neither a node id nor a kind of node in this scenario',
      'chaos.targets[1]: "users" is a client; none of the chaos faults (crash) applies to it',
    ]);
    expect(
      problems(doc({}, { chaos: chaos({ faults: [{ type: 'slow' }, { type: 'quake' }] }) })),
    ).toEqual([
      'chaos.faults[0].factor: is required',
      'chaos.faults[1].type: must be one of "crash", "slow", "errors", "partition", "cache-flush" (got "quake")',
    ]);
  });

  it('refuses a mean time between failures that would draw too many faults', () => {
    // 2 services × 10 s / (0.05 + 0.05) ms = 200 000 faults.
    const tiny = chaos({ meanTimeBetweenFailuresMs: 0.05, meanTimeToRepairMs: 0.05 });
    expect(problems(doc({}, { chaos: tiny }))).toEqual([
      'chaos.meanTimeBetweenFailuresMs: is too short: about 200000 faults would be drawn; at most 100000',
    ]);
  });
});
