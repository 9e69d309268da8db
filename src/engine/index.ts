/** The simulation engine's public surface. Other layers import only from here. */
export type * from './spec.ts';
export type * from './summary.ts';
export type * from './simulation.types.ts';
export { TRACE_OUTCOMES } from './simulation.types.ts';
export * from './metrics/layout.ts';
export { HISTOGRAM_RELATIVE_ERROR } from './metrics/histogram.ts';
export { createSimulation, type SimulationOptions } from './simulation.ts';
export { distributionMean } from './random/distributions.ts';
export { keyMovement, type ShardRouting } from './nodes/shardSelector.ts';
export type { MembershipChange } from './routing/index.ts';
