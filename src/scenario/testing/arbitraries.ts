/**
 * fast-check generators of valid scenarios, for property tests (round trips,
 * compile). Test-only: nothing in the app imports this file.
 */
import fc from 'fast-check';
import type { Arrival, Dist, Scenario, ScenarioEdge, ScenarioNode, Workload } from '../types.ts';

/** A finite double in [min, max], never -0 (JSON cannot keep it; validation turns it into 0). */
const num = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true }).map((x) => x + 0);
const positive = num(0.001, 10_000);
const nonNegative = num(0, 10_000);

/** Any valid distribution. */
export const distArb: fc.Arbitrary<Dist> = fc.oneof(
  nonNegative.map((value): Dist => ({ type: 'constant', value })),
  positive.map((mean): Dist => ({ type: 'exponential', mean })),
  fc
    .tuple(nonNegative, nonNegative)
    .map(([a, b]): Dist => ({ type: 'uniform', min: Math.min(a, b), max: Math.max(a, b) })),
  fc
    .tuple(positive, num(1, 100))
    .map(([median, k]): Dist => ({ type: 'lognormal', median, p99: median * k })),
  fc.tuple(num(-5, 10), num(0, 3)).map(([mu, sigma]): Dist => ({ type: 'lognormal', mu, sigma })),
  fc.tuple(nonNegative, nonNegative).map(([mean, sd]): Dist => ({ type: 'normal', mean, sd })),
  fc
    .tuple(positive, num(0.1, 10))
    .map(([scale, shape]): Dist => ({ type: 'pareto', scale, shape })),
);

const arrivalArb: fc.Arbitrary<Arrival> = fc.oneof(
  num(0.01, 10_000).map((ratePerSec): Arrival => ({ type: 'poisson', ratePerSec })),
  num(0.01, 10_000).map((ratePerSec): Arrival => ({ type: 'constant', ratePerSec })),
  fc
    .tuple(fc.integer({ min: 1, max: 1000 }), distArb)
    .map(([users, thinkTimeMs]): Arrival => ({ type: 'users', users, thinkTimeMs })),
);

const workloadArb: fc.Arbitrary<Workload> = fc.record({
  readRatio: num(0, 1),
  keys: fc.oneof(
    fc.record({
      count: fc.integer({ min: 1, max: 1e6 }),
      distribution: fc.constantFrom('uniform' as const, 'hot-key' as const),
    }),
    fc.record(
      {
        count: fc.integer({ min: 1, max: 1e6 }),
        distribution: fc.constant('zipf' as const),
        exponent: num(0.01, 3),
      },
      { requiredKeys: ['count', 'distribution'] },
    ),
  ),
});

const placement = fc.record(
  {
    label: fc.string({ maxLength: 30 }),
    x: fc.integer({ min: 0, max: 900 }),
    y: fc.integer({ min: 0, max: 500 }),
  },
  { requiredKeys: [] },
);

const serviceArb = (id: string): fc.Arbitrary<ScenarioNode> =>
  fc
    .tuple(
      placement,
      fc.integer({ min: 1, max: 64 }),
      fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      distArb,
    )
    .map(([place, workers, queueCapacity, serviceTimeMs]) => ({
      id,
      kind: 'service',
      ...place,
      workers,
      serviceTimeMs,
      ...(queueCapacity === undefined ? {} : { queueCapacity }),
    }));

const edgeArb = (from: string, to: string): fc.Arbitrary<ScenarioEdge> =>
  fc
    .option(distArb, { nil: undefined })
    .map((latencyMs) => ({ from, to, ...(latencyMs === undefined ? {} : { latencyMs }) }));

/** A valid scenario: one client → (a load balancer over 1–6 services | one service). */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    name: fc.string({ maxLength: 60 }),
    seed: fc.nat({ max: 0xffff_ffff }),
    durationMs: fc.integer({ min: 1000, max: 600_000 }),
    services: fc.integer({ min: 1, max: 6 }),
    useLb: fc.boolean(),
    client: fc.tuple(placement, arrivalArb, fc.option(workloadArb, { nil: undefined })),
    strategy: fc.constantFrom(
      'round-robin' as const,
      'random' as const,
      'least-connections' as const,
      'power-of-two-choices' as const,
    ),
  })
  .chain(({ name, seed, durationMs, services, useLb, client, strategy }) => {
    const ids = Array.from({ length: useLb ? services : 1 }, (_, i) => `svc-${i}`);
    const [place, arrival, workload] = client;
    const clientNode: ScenarioNode = {
      id: 'client',
      kind: 'client',
      ...place,
      arrival,
      ...(workload === undefined ? {} : { workload }),
    };
    const lb: ScenarioNode[] = useLb ? [{ id: 'lb', kind: 'load-balancer', strategy }] : [];
    const entry = useLb ? 'lb' : 'svc-0';
    return fc
      .record({
        warmupMs: fc.option(fc.integer({ min: 0, max: durationMs - 1 }), { nil: undefined }),
        services: fc.tuple(...ids.map(serviceArb)),
        edges: fc.tuple(
          edgeArb('client', entry),
          ...(useLb ? ids.map((id) => edgeArb('lb', id)) : []),
        ),
      })
      .map(({ warmupMs, services: svc, edges }): Scenario => ({
        version: 1,
        name,
        seed,
        durationMs,
        ...(warmupMs === undefined ? {} : { warmupMs }),
        nodes: [clientNode, ...lb, ...svc],
        edges,
      }));
  });
