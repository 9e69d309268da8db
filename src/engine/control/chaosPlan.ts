/**
 * Chaos mode as real faults: the seeded schedule of `chaos.ts`, drawn per
 * target node from the stream `node:<id>/chaos`, turned into the engine's
 * `FaultSpec`s (a node's partition becomes one per edge touching the node).
 */
import { createRandomStream } from '../random/rng.ts';
import type { ChaosFaultTemplate, ChaosSpec, FaultSpec, ModelSpec } from '../spec.ts';
import { createChaosSchedule } from './chaos.ts';

/** One chaos fault: what the log and the recovery report name. */
export interface ChaosFaultRecord {
  readonly type: ChaosFaultTemplate['type'];
  readonly node: number;
  readonly atMs: number;
  readonly durationMs: number;
  /** The engine faults it is made of (several for a partition). */
  readonly specs: readonly FaultSpec[];
}

/** Every chaos fault of the run, in start order (then node order). */
export function planChaos(spec: ModelSpec, chaos: ChaosSpec): ChaosFaultRecord[] {
  const records: ChaosFaultRecord[] = [];
  for (const { node, mix } of chaos.targets) {
    const id = spec.nodes[node]!.id;
    const schedule = createChaosSchedule(
      {
        nodes: [node],
        timeBetweenFailures: chaos.timeBetweenFailures,
        timeToRepair: chaos.timeToRepair,
        mix: mix.map((m, i) => ({ type: String(i), weight: m.weight })),
        horizonMs: spec.durationMs,
        startMs: chaos.startMs,
      },
      () => createRandomStream(chaos.seed, `node:${id}/chaos`),
    );
    for (const f of schedule) {
      const template = mix[Number(f.type)]!.fault;
      const durationMs = template.type === 'cache-flush' ? 0 : f.durationMs;
      const specs = toFaultSpecs(spec, template, node, f.atMs, durationMs);
      records.push({ type: template.type, node, atMs: f.atMs, durationMs, specs });
    }
  }
  return records.sort((a, b) => a.atMs - b.atMs || a.node - b.node);
}

function toFaultSpecs(
  spec: ModelSpec,
  t: ChaosFaultTemplate,
  node: number,
  atMs: number,
  durationMs: number,
): FaultSpec[] {
  switch (t.type) {
    case 'crash':
    case 'cache-flush':
      return [{ type: t.type, node, atMs, durationMs }];
    case 'slow':
      return [{ type: 'slow', node, atMs, durationMs, factor: t.factor }];
    case 'errors':
      return [{ type: 'errors', node, atMs, durationMs, probability: t.probability }];
    case 'partition': {
      const cut: FaultSpec[] = [];
      spec.edges.forEach((e, edge) => {
        if (e.from === node || e.to === node)
          cut.push({ type: 'partition', edge, atMs, durationMs });
      });
      return cut;
    }
  }
}
