/**
 * Which nodes chaos mode may hit, and with which faults: `targets` names node
 * ids or node kinds; each fault type applies to some kinds only (a crash to
 * any node but a client, slow and errors to services and databases, a
 * partition to any node, a cache flush to caches). Shared by validation
 * (which reports every problem) and compilation.
 */
import { SCENARIO_DEFAULTS } from './defaults.ts';
import type { Chaos, ChaosFaultEntry } from './types.ts';

export const CHAOS_FAULT_TYPES = ['crash', 'slow', 'errors', 'partition', 'cache-flush'] as const;

const ALL = ['client', 'load-balancer', 'service', 'cache', 'shard-router', 'database', 'queue'];

/** The node kinds each chaos fault type applies to. */
export const CHAOS_FAULT_KINDS: Readonly<Record<ChaosFaultEntry['type'], readonly string[]>> = {
  crash: ALL.filter((k) => k !== 'client'),
  slow: ['service', 'database'],
  errors: ['service', 'database'],
  partition: ALL,
  'cache-flush': ['cache'],
};

/** A node that chaos mode hits, with the faults of the mix that apply to it. */
export interface ChaosTarget {
  readonly index: number;
  readonly id: string;
  readonly mix: readonly ChaosFaultEntry[];
}

/**
 * The target nodes in node order, each once. Calls `problem(path, message)` for
 * a name that is neither a node id nor a kind with nodes, and for a target node
 * none of whose faults applies; returns undefined if there was any.
 */
export function resolveChaosTargets(
  chaos: Chaos,
  nodes: readonly { readonly id?: string | undefined; readonly kind?: string | undefined }[],
  problem: (path: string, message: string) => void,
): ChaosTarget[] | undefined {
  const mix = chaos.faults ?? SCENARIO_DEFAULTS.chaos.faults;
  const names = chaos.targets ?? SCENARIO_DEFAULTS.chaos.targets;
  const chosen = new Map<number, number>(); // node index → the target entry that named it first
  let ok = true;
  names.forEach((name, i) => {
    const matches = nodes.flatMap((n, index) => (n.id === name || n.kind === name ? [index] : []));
    if (matches.length === 0) {
      ok = false;
      problem(
        `chaos.targets[${i}]`,
        `${JSON.stringify(name)} is neither a node id nor a kind of node in this scenario`,
      );
    }
    for (const index of matches) if (!chosen.has(index)) chosen.set(index, i);
  });
  const targets: ChaosTarget[] = [];
  for (const [index, entry] of [...chosen].sort((a, b) => a[0] - b[0])) {
    const node = nodes[index]!;
    const applies = mix.filter(
      (f) => node.kind !== undefined && CHAOS_FAULT_KINDS[f.type].includes(node.kind),
    );
    if (applies.length === 0 && node.kind !== undefined) {
      ok = false;
      const types = mix.map((f) => f.type).join(', ');
      problem(
        `chaos.targets[${entry}]`,
        `${JSON.stringify(node.id)} is a ${node.kind}; none of the chaos faults (${types}) applies to it`,
      );
    }
    targets.push({ index, id: node.id ?? '', mix: applies });
  }
  return ok ? targets : undefined;
}
