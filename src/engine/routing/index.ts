/** Routing strategies for load balancers and shard routers (see CONTEXT.md). */
export type { KeySelector } from './selector.ts';
export { hashKey, hashKeyForTarget } from './keyHash.ts';
export { HashModSelector } from './hashMod.ts';
export { RangeSelector, evenBoundaries } from './range.ts';
export { ConsistentHashRing, DEFAULT_VIRTUAL_NODES } from './consistentHash.ts';
export { JumpHashSelector, jumpConsistentHash } from './jump.ts';
export { RendezvousSelector } from './rendezvous.ts';
export {
  MaglevSelector,
  DEFAULT_MAGLEV_TABLE_SIZE,
  maglevPermutation,
  populateMaglevTable,
} from './maglev.ts';
export type { MaglevPermutation } from './maglev.ts';
export { SmoothWeightedRoundRobin } from './smoothWeightedRoundRobin.ts';
export { PeakEwma, DEFAULT_PEAK_EWMA_TAU_MS } from './peakEwma.ts';
export { createUniformKeys, createHotKeys } from './keyDistribution.ts';
export type { KeySampler } from './keyDistribution.ts';
export { createZipfKeys } from './zipf.ts';
export { compareMembership, movedFraction, MAX_SAMPLED_KEYS } from './membership.ts';
export type { MembershipChange, KeySample } from './membership.ts';
