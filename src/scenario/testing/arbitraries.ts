/**
 * fast-check generators of valid scenarios, for property tests (round trips,
 * compile). Test-only: nothing in the app imports this file.
 */
import fc from 'fast-check';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../types.ts';
import {
  arrivalArb,
  cacheArb,
  databaseArb,
  distArb,
  loadBalancerArb,
  nodeArb,
  placementArb,
  queueArb,
  serviceArb,
  shardRouterArb,
  workloadArb,
} from './arbitraryNodes.ts';

export { distArb } from './arbitraryNodes.ts';

const edgeArb = (from: string, to: string, fromService = false): fc.Arbitrary<ScenarioEdge> =>
  fc
    .record(
      {
        latencyMs: distArb,
        when: fromService
          ? fc.constantFrom('always' as const, 'reads' as const, 'writes' as const)
          : fc.constant(undefined),
      },
      { requiredKeys: [] },
    )
    .map(({ latencyMs, when }) => ({
      from,
      to,
      ...(latencyMs === undefined ? {} : { latencyMs }),
      ...(when === undefined ? {} : { when }),
    }));

const ids = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

/** The nodes and edges behind the client's entry edge. */
interface Graph {
  readonly entry: string;
  readonly nodes: fc.Arbitrary<ScenarioNode[]>;
  readonly edges: fc.Arbitrary<ScenarioEdge[]>;
}

/**
 * client → (balancer →) services; the services may call a cache in front of a
 * shard router over databases, and a queue with a consumer service.
 */
function graphArb(services: number, useLb: boolean, shards: number, useQueue: boolean): Graph {
  const svc = ids('svc', useLb ? services : 1);
  const dbs = ids('db', shards);
  const useCache = shards > 0;
  const nodes = fc
    .tuple(
      useLb ? fc.tuple(nodeArb('lb', loadBalancerArb)) : fc.constant([]),
      fc.tuple(...svc.map((id) => nodeArb(id, serviceArb))),
      useCache
        ? fc.tuple(nodeArb('cache', cacheArb), nodeArb('router', shardRouterArb(shards)))
        : fc.constant([]),
      fc.tuple(...dbs.map((id) => nodeArb(id, databaseArb))),
      useQueue
        ? fc.tuple(nodeArb('queue', queueArb), nodeArb('consumer', serviceArb))
        : fc.constant([]),
    )
    .map((groups) => groups.flat());
  const edges = fc
    .tuple(
      ...(useLb ? svc.map((id) => edgeArb('lb', id)) : []),
      ...(useCache ? svc.map((id) => edgeArb(id, 'cache', true)) : []),
      ...(useCache ? [edgeArb('cache', 'router')] : []),
      ...dbs.map((id) => edgeArb('router', id)),
      ...(useQueue
        ? [...svc.map((id) => edgeArb(id, 'queue', true)), edgeArb('queue', 'consumer')]
        : []),
    )
    .map((list) => [...list]);
  return { entry: useLb ? 'lb' : 'svc-0', nodes, edges };
}

/** At most one crash per node (so none overlap), each starting within the run. */
const faultsArb = (targets: readonly string[], durationMs: number) =>
  fc.subarray([...targets], { maxLength: Math.min(3, targets.length) }).chain((picked) =>
    fc.tuple(
      ...picked.map((target) =>
        fc
          .tuple(fc.integer({ min: 0, max: durationMs - 1 }), fc.integer({ min: 1, max: 1e6 }))
          .map(([atMs, length]) => ({
            type: 'crash' as const,
            target,
            atMs,
            durationMs: length,
          })),
      ),
    ),
  );

/** A valid scenario with one client and any mix of the other kinds. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    name: fc.string({ maxLength: 60 }),
    seed: fc.nat({ max: 0xffff_ffff }),
    durationMs: fc.integer({ min: 1000, max: 600_000 }),
    services: fc.integer({ min: 1, max: 6 }),
    useLb: fc.boolean(),
    shards: fc.integer({ min: 0, max: 4 }),
    useQueue: fc.boolean(),
    client: fc.tuple(placementArb, arrivalArb, fc.option(workloadArb, { nil: undefined })),
  })
  .chain(({ name, seed, durationMs, services, useLb, shards, useQueue, client }) => {
    const [place, arrival, workload] = client;
    const clientNode: ScenarioNode = {
      id: 'client',
      kind: 'client',
      ...place,
      arrival,
      ...(workload === undefined ? {} : { workload }),
    };
    const graph = graphArb(services, useLb, shards, useQueue);
    return fc
      .record({
        warmupMs: fc.option(fc.integer({ min: 0, max: durationMs - 1 }), { nil: undefined }),
        nodes: graph.nodes,
        edges: graph.edges,
        entry: edgeArb('client', graph.entry),
      })
      .chain((parts) =>
        faultsArb(
          parts.nodes.map((n) => n.id),
          durationMs,
        ).map((faults) => ({ ...parts, faults })),
      )
      .map(({ warmupMs, nodes, edges, entry, faults }): Scenario => ({
        version: 1,
        name,
        seed,
        durationMs,
        ...(warmupMs === undefined ? {} : { warmupMs }),
        nodes: [clientNode, ...nodes],
        edges: [entry, ...edges],
        ...(faults.length === 0 ? {} : { faults }),
      }));
  });
