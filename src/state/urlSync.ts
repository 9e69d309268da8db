/**
 * Keeps the scenario in the URL fragment (`#s=...`) so a copied link reproduces
 * the run. At start the hash is decoded; a broken one shows a banner with the
 * path-qualified errors and opens the default scenario, but the broken hash
 * stays in the address bar until the person changes something (so they can
 * still copy it into a bug report). Later scenario changes are written with
 * `history.replaceState` (no history entry per edit).
 */
import { useDocumentStore } from './documentStore.ts';
import type { Scenario } from './scenarioAccess.ts';
import {
  decodeScenarioFromHash,
  defaultScenario,
  encodeScenarioToHash,
  formatScenarioError,
} from './scenarioAccess.ts';
import { useViewStore } from './viewStore.ts';

/** The parts of `window` the sync needs; injected so tests can use fakes. */
export interface UrlEnv {
  readonly location: { readonly hash: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  /** Optional: listen for the person editing the hash by hand. Returns an unsubscribe. */
  onHashChange?(listener: () => void): () => void;
}

/** What a hash means: a scenario, or the default one plus the reasons the hash was rejected. */
export type HashReading =
  | { readonly kind: 'empty'; readonly scenario: Scenario }
  | { readonly kind: 'ok'; readonly scenario: Scenario }
  | { readonly kind: 'invalid'; readonly scenario: Scenario; readonly errors: readonly string[] };

/** Title of the banner shown for a link that cannot be opened. */
export const BROKEN_LINK_TITLE =
  'This link does not contain a valid scenario; the default scenario is shown instead.';

/** Decode a `location.hash`; never throws. */
export function readScenarioFromHash(hash: string): HashReading {
  if (hash === '' || hash === '#') return { kind: 'empty', scenario: defaultScenario };
  try {
    const result = decodeScenarioFromHash(hash);
    if (result.ok) return { kind: 'ok', scenario: result.scenario };
    const errors = result.errors.map((e) => formatScenarioError(e));
    return { kind: 'invalid', scenario: defaultScenario, errors };
  } catch (error) {
    return {
      kind: 'invalid',
      scenario: defaultScenario,
      errors: [error instanceof Error ? error.message : String(error)],
    };
  }
}

/** Open the scenario the hash names (or the default, with a banner). Returns the reading. */
export function openScenarioFromHash(env: UrlEnv): HashReading {
  const reading = readScenarioFromHash(env.location.hash);
  useDocumentStore.getState().loadScenario(reading.scenario);
  if (reading.kind === 'invalid')
    useViewStore.getState().showBanner('error', BROKEN_LINK_TITLE, reading.errors);
  return reading;
}

/**
 * Read the hash once, then mirror every scenario change into it. An empty hash
 * is filled in at once so the link always pins the exact scenario. Returns a
 * function that stops syncing.
 */
export function startUrlSync(env: UrlEnv): () => void {
  let lastWritten = '';
  let applyingHash = false;
  const write = (scenario: Scenario): void => {
    const hash = encodeScenarioToHash(scenario);
    if (hash === lastWritten && env.location.hash === hash) return;
    lastWritten = hash;
    env.history.replaceState(null, '', hash);
  };
  const reading = openScenarioFromHash(env);
  if (reading.kind === 'empty') write(reading.scenario);
  const unsubscribe = useDocumentStore.subscribe((state, previous) => {
    if (!applyingHash && state.scenario !== previous.scenario) write(state.scenario);
  });
  // A hash typed or pasted by hand is opened as is (and, if broken, left alone).
  const stopHashListener = env.onHashChange?.(() => {
    if (env.location.hash === lastWritten) return;
    applyingHash = true;
    try {
      openScenarioFromHash(env);
    } finally {
      applyingHash = false;
    }
  });
  return () => {
    unsubscribe();
    stopHashListener?.();
  };
}
