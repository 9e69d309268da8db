import { beforeEach, describe, expect, it } from 'vitest';
import { initialRunData, selectIsActive, useRunStore } from './runStore.ts';
import { testLayout } from './testFixtures.ts';

const run = () => useRunStore.getState();

describe('runStore', () => {
  beforeEach(() => useRunStore.setState(initialRunData));

  it('commitProgress bumps the history version', () => {
    run().commitProgress({
      status: 'running',
      simTimeMs: 1000,
      events: 5,
      wallRate: 2,
      summary: null,
    });
    expect(run().historyVersion).toBe(1);
    expect(run().simTimeMs).toBe(1000);
    expect(selectIsActive(run())).toBe(true);
  });

  it('resetRun keeps the speed and clears progress', () => {
    run().setSpeed('max');
    run().loaded(testLayout);
    run().commitProgress({
      status: 'finished',
      simTimeMs: 10_000,
      events: 5,
      wallRate: 2,
      summary: null,
    });
    run().resetRun();
    expect(run().speed).toBe('max');
    expect(run().status).toBe('idle');
    expect(run().simTimeMs).toBe(0);
    expect(run().layout).toBeNull();
  });

  it('loadFailed records the errors', () => {
    run().beginLoading();
    run().loadFailed(['durationMs: must be positive']);
    expect(run().status).toBe('error');
    expect(run().loadErrors).toEqual(['durationMs: must be positive']);
  });
});
