/**
 * The state layer's door to the scenario format. The UI may not import
 * `src/scenario` at runtime, so every value it needs (presets, the default
 * scenario, validation and the URL codec) is re-exported from here.
 */
export {
  CURRENT_VERSION,
  decodeScenarioFromHash,
  defaultScenario,
  encodeScenarioToHash,
  formatScenarioError,
  presets,
  validateScenario,
} from '../scenario/index.ts';
export type { Preset, Scenario } from '../scenario/index.ts';

import type { Scenario } from '../scenario/index.ts';

/** One node of a scenario, as the public format describes it. */
export type ScenarioNode = Scenario['nodes'][number];
/** One edge of a scenario, as the public format describes it. */
export type ScenarioEdge = Scenario['edges'][number];
