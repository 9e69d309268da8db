/**
 * Closed-form results about partitioning keys over nodes, used to check the
 * routers and (later) drawn as a theory overlay next to measured values.
 * Keys are assumed to hash uniformly.
 */

/**
 * Modulo hashing, N → N + 1 nodes: a key stays only when h mod N = h mod (N + 1),
 * i.e. when h mod N(N + 1) < N, so N/(N + 1) of the keys move.
 */
export function modNMovedFractionOnAdd(nodes: number): number {
  return nodes / (nodes + 1);
}

/** Modulo hashing, N → N − 1 nodes: a key stays only when h mod N(N − 1) < N − 1, so (N − 1)/N move. */
export function modNMovedFractionOnRemove(nodes: number): number {
  return (nodes - 1) / nodes;
}

/**
 * The least any scheme can move when a node joins N others and takes its fair
 * share: 1/(N + 1). Consistent hashing (in expectation), jump hash and
 * rendezvous hashing achieve it.
 */
export function minimalMovedFractionOnAdd(nodes: number): number {
  return 1 / (nodes + 1);
}

/** The least any scheme can move when one of N nodes leaves: its own 1/N. */
export function minimalMovedFractionOnRemove(nodes: number): number {
  return 1 / nodes;
}

/**
 * Coefficient of variation of one node's share of a consistent-hash ring with
 * `virtualNodes` random points per node and `nodes` nodes. The ring's N·V
 * points cut it into spacings that are jointly Dirichlet(1, …, 1); a node's
 * share is the sum of V of them, Beta(V, (N − 1)V), whose CV is
 * √((N − 1)/(N·V + 1)).
 */
export function ringShareCv(virtualNodes: number, nodes: number): number {
  return Math.sqrt((nodes - 1) / (nodes * virtualNodes + 1));
}

/** The rule of thumb for {@link ringShareCv} with many nodes: 1/√V. */
export function ringShareCvApprox(virtualNodes: number): number {
  return 1 / Math.sqrt(virtualNodes);
}
