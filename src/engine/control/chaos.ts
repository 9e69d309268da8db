/**
 * A seeded chaos schedule: each node alternates between up and down as a
 * renewal process — up for a draw of the time between failures, then one fault
 * for a draw of the time to repair — so faults on one node never overlap.
 */
import { createSampler, distributionMean } from '../random/distributions.ts';
import { createRandomStream, type RandomStream } from '../random/rng.ts';
import type { DistSpec } from '../spec.ts';

/** Node fault types of DESIGN.md ("Faults"); any string works. */
export type ChaosFaultType =
  'crash' | 'slow' | 'errors' | 'partition' | 'cache-flush' | 'shard-down';

/** One fault: `node` is affected during [atMs, atMs + durationMs). */
export interface ChaosFault<T extends string = ChaosFaultType> {
  readonly type: T;
  /** Index into `ModelSpec.nodes`. */
  readonly node: number;
  readonly atMs: number;
  readonly durationMs: number;
}

export interface ChaosOptions<T extends string = ChaosFaultType> {
  /** Nodes (indices) that may fail. */
  readonly nodes: readonly number[];
  /** Up time from a repair (or the start) to the next failure: a number is the mean of an exponential. */
  readonly timeBetweenFailures: number | DistSpec;
  /** Length of a fault: a number is the mean of an exponential. */
  readonly timeToRepair: number | DistSpec;
  /** Fault types with relative weights (> 0). */
  readonly mix: readonly { readonly type: T; readonly weight: number }[];
  /** Faults start in [startMs, horizonMs); a fault may last past the horizon. */
  readonly horizonMs: number;
  readonly startMs?: number;
}

/** One stream per node, so adding a node leaves the others' faults unchanged. */
export type ChaosStreams = (node: number) => RandomStream;

/** The default streams: `chaos:node:<index>` under `seed`. */
export function createChaosStreams(seed: number): ChaosStreams {
  return (node) => createRandomStream(seed, `chaos:node:${node}`);
}

/**
 * The schedule, sorted by start time (then node). Same options and streams ⇒
 * same list. Throws if the time between failures has no positive mean (the
 * schedule would never end).
 */
export function createChaosSchedule<T extends string>(
  options: ChaosOptions<T>,
  streams: ChaosStreams,
): ChaosFault<T>[] {
  if (!(distributionMean(toDist(options.timeBetweenFailures)) > 0)) {
    throw new Error('chaos timeBetweenFailures: the mean must be positive');
  }
  const faults: ChaosFault<T>[] = [];
  for (const node of options.nodes) faults.push(...nodeFaults(options, node, streams(node)));
  return faults.sort((a, b) => a.atMs - b.atMs || a.node - b.node);
}

function nodeFaults<T extends string>(
  o: ChaosOptions<T>,
  node: number,
  stream: RandomStream,
): ChaosFault<T>[] {
  const up = createSampler(toDist(o.timeBetweenFailures), stream);
  const down = createSampler(toDist(o.timeToRepair), stream);
  const pickType = createTypePicker(o.mix, stream);
  const faults: ChaosFault<T>[] = [];
  let t = (o.startMs ?? 0) + up();
  while (t < o.horizonMs) {
    const type = pickType();
    const durationMs = down();
    faults.push({ type, node, atMs: t, durationMs });
    t += durationMs + up();
  }
  return faults;
}

function toDist(value: number | DistSpec): DistSpec {
  return typeof value === 'number' ? { type: 'exponential', mean: value } : value;
}

/** Weighted choice; no draw when there is only one type. */
function createTypePicker<T extends string>(
  mix: ChaosOptions<T>['mix'],
  stream: RandomStream,
): () => T {
  const first = mix[0];
  if (first === undefined) throw new Error('chaos mix: at least one fault type is needed');
  if (mix.length === 1) return () => first.type;
  const total = mix.reduce((sum, m) => sum + m.weight, 0);
  return () => {
    let u = stream.next() * total;
    for (const m of mix) {
      u -= m.weight;
      if (u < 0) return m.type;
    }
    return (mix[mix.length - 1] ?? first).type; // rounding left a sliver
  };
}
