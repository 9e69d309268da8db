import { beforeEach, describe, expect, it } from 'vitest';
import { initialDocumentData, useDocumentStore } from './documentStore.ts';
import type { Scenario } from './scenarioAccess.ts';
import { defaultScenario, encodeScenarioToHash, presets } from './scenarioAccess.ts';
import type { UrlEnv } from './urlSync.ts';
import { BROKEN_LINK_TITLE, readScenarioFromHash, startUrlSync } from './urlSync.ts';
import { initialViewData, useViewStore } from './viewStore.ts';

/** A fake `window`: replaceState updates the hash like the browser does. */
function createFakeEnv(hash: string) {
  const location = { hash };
  const writes: string[] = [];
  let hashListener: (() => void) | null = null;
  const env: UrlEnv = {
    location,
    history: {
      replaceState(_data, _unused, url) {
        writes.push(url);
        location.hash = url;
      },
    },
    onHashChange(listener) {
      hashListener = listener;
      return () => (hashListener = null);
    },
  };
  const typeHash = (next: string) => {
    location.hash = next;
    hashListener?.();
  };
  return { env, writes, location, typeHash };
}

const other: Scenario = presets.find((p) => p.scenario.name !== defaultScenario.name)?.scenario ?? {
  ...defaultScenario,
  name: 'Another scenario',
  seed: 7,
};

describe('urlSync', () => {
  beforeEach(() => {
    useDocumentStore.setState(initialDocumentData);
    useViewStore.setState(initialViewData);
  });

  it('round-trips a scenario through the hash', () => {
    const reading = readScenarioFromHash(encodeScenarioToHash(other));
    expect(reading.kind).toBe('ok');
    expect(reading.scenario).toEqual(other);
  });

  it('opens the scenario in the hash', () => {
    const { env, writes } = createFakeEnv(encodeScenarioToHash(other));
    startUrlSync(env);
    expect(useDocumentStore.getState().scenario).toEqual(other);
    expect(useViewStore.getState().banners).toEqual([]);
    expect(writes).toEqual([]);
  });

  it('fills an empty hash with the default scenario', () => {
    const { env, location } = createFakeEnv('');
    startUrlSync(env);
    expect(useDocumentStore.getState().scenario).toBe(defaultScenario);
    expect(location.hash).toBe(encodeScenarioToHash(defaultScenario));
  });

  it('a broken hash shows a banner, opens the default and keeps the hash until an edit', () => {
    const { env, writes, location } = createFakeEnv('#s=garbage!!');
    startUrlSync(env);
    expect(useDocumentStore.getState().scenario).toBe(defaultScenario);
    const banner = useViewStore.getState().banners[0];
    expect(banner?.kind).toBe('error');
    expect(banner?.title).toBe(BROKEN_LINK_TITLE);
    expect(banner?.details.length).toBeGreaterThan(0);
    expect(banner?.details.join(' ').length).toBeGreaterThan(5);
    expect(writes).toEqual([]);
    useDocumentStore.getState().replaceScenario(other);
    expect(location.hash).toBe(encodeScenarioToHash(other));
  });

  it('a hash that is not a scenario at all is reported, not thrown', () => {
    expect(readScenarioFromHash('#nothing-here').kind).toBe('invalid');
    expect(readScenarioFromHash('#s=').kind).toBe('invalid');
  });

  it('writes every scenario change with replaceState', () => {
    const { env, writes } = createFakeEnv(encodeScenarioToHash(defaultScenario));
    startUrlSync(env);
    useDocumentStore.getState().replaceScenario(other);
    useDocumentStore.getState().undo();
    expect(writes).toEqual([encodeScenarioToHash(other), encodeScenarioToHash(defaultScenario)]);
  });

  it('opens a hash edited by hand, and leaves a broken one alone', () => {
    const { env, writes, typeHash } = createFakeEnv('');
    startUrlSync(env);
    writes.length = 0;
    typeHash(encodeScenarioToHash(other));
    expect(useDocumentStore.getState().scenario).toEqual(other);
    typeHash('#s=broken');
    expect(useDocumentStore.getState().scenario).toBe(defaultScenario);
    expect(writes).toEqual([]);
  });

  it('stops syncing when disposed', () => {
    const { env, writes } = createFakeEnv(encodeScenarioToHash(defaultScenario));
    const stop = startUrlSync(env);
    stop();
    useDocumentStore.getState().replaceScenario(other);
    expect(writes).toEqual([]);
  });
});
