import { beforeEach, describe, expect, it } from 'vitest';
import { initialDocumentData, useDocumentStore } from './documentStore.ts';
import { createFakeRunner } from './fakeRunner.ts';
import { createFakeTimers } from './fakeTimers.ts';
import { createMetricsHistory } from './metricsHistory.ts';
import { initialRunData, useRunStore } from './runStore.ts';
import { COMMIT_INTERVAL_MS, createSimController } from './simController.ts';
import { testLayout } from './testFixtures.ts';
import { initialViewData, useViewStore } from './viewStore.ts';

function setup() {
  const runner = createFakeRunner(testLayout);
  const timers = createFakeTimers();
  const history = createMetricsHistory(100);
  const controller = createSimController({
    createRunner: () => runner,
    getScenario: () => useDocumentStore.getState().scenario,
    history,
    timers,
  });
  return { runner, timers, history, controller };
}
const run = () => useRunStore.getState();

describe('simController', () => {
  beforeEach(() => {
    useRunStore.setState(initialRunData);
    useDocumentStore.setState(initialDocumentData);
    useViewStore.setState(initialViewData);
  });

  it('run loads, sets the speed and starts', async () => {
    const { runner, controller } = setup();
    await controller.setSpeed('max');
    await controller.run();
    expect(runner.calls).toEqual(['load', 'speed:max', 'start']);
    expect(run().status).toBe('running');
    expect(run().layout).toBe(testLayout);
  });

  it('pushes every batch into the history but commits at most every COMMIT_INTERVAL_MS', async () => {
    const { runner, timers, history, controller } = setup();
    await controller.run();
    const version = run().historyVersion;
    for (let w = 0; w < 30; w++) {
      runner.emit(w, 1, 'running');
      timers.advance(10);
    }
    expect(history.getLength()).toBe(30);
    const commits = run().historyVersion - version;
    expect(commits).toBeGreaterThanOrEqual(2);
    expect(commits).toBeLessThanOrEqual(300 / COMMIT_INTERVAL_MS + 1);
    timers.advance(COMMIT_INTERVAL_MS);
    expect(run().simTimeMs).toBe(30_000);
  });

  it('commits a finished batch at once, with its summary', async () => {
    const { runner, controller } = setup();
    await controller.run();
    const summary = {
      simulatedMs: 10_000,
      events: 100,
      totals: {
        requests: 5,
        succeeded: 5,
        failed: 0,
        throughputPerSec: 0.5,
        latencyMs: { mean: 1, p50: 1, p95: 1, p99: 1, p999: 1, max: 1 },
        degraded: 0,
        goodputPerSec: 0.5,
      },
      nodes: {},
    };
    runner.emit(0, 10, 'finished', { summary });
    expect(run().status).toBe('finished');
    expect(run().summary).toEqual(summary);
  });

  it('ignores late batches of a stopped run', async () => {
    const { runner, history, controller } = setup();
    await controller.run();
    await controller.stop();
    runner.emit(0, 3, 'running');
    expect(history.getLength()).toBe(0);
    expect(run().status).toBe('idle');
  });

  it('a run that finishes while a pause is on its way stays finished (no Resume at the end)', async () => {
    const { runner, controller } = setup();
    await controller.run();
    const pause = runner.pause.bind(runner);
    runner.pause = async () => {
      runner.emit(0, 10, 'finished');
      await pause();
    };
    await controller.pause();
    expect(run().status).toBe('finished');
  });

  it('pause holds the paused status even if a running batch arrives late', async () => {
    const { runner, timers, controller } = setup();
    await controller.run();
    await controller.pause();
    runner.emit(0, 1, 'running');
    timers.advance(200);
    expect(run().status).toBe('paused');
    await controller.step();
    expect(runner.calls.at(-1)).toBe('step:1');
    await controller.resume();
    expect(run().status).toBe('running');
  });

  it('step from idle loads, starts paused and steps one window', async () => {
    const { runner, controller } = setup();
    await controller.step();
    expect(runner.calls).toEqual(['load', 'speed:10', 'start', 'pause', 'step:1']);
    expect(run().status).toBe('paused');
  });

  it('a rejected scenario shows its errors and does not start', async () => {
    const { runner, controller } = setup();
    runner.loadResult = { ok: false, errors: ['nodes[0].id: must not be empty'] };
    await controller.run();
    expect(run().status).toBe('error');
    expect(runner.calls).not.toContain('start');
    expect(useViewStore.getState().banners[0]?.details).toEqual(['nodes[0].id: must not be empty']);
  });

  it('a worker failure becomes a banner, not an unhandled rejection', async () => {
    const { runner, controller } = setup();
    runner.load = () => Promise.reject(new Error('worker crashed'));
    await controller.run();
    expect(useViewStore.getState().banners[0]?.details).toEqual(['worker crashed']);
    expect(run().status).toBe('idle');
  });

  it('dispose terminates the worker', async () => {
    const { runner, controller } = setup();
    await controller.run();
    controller.dispose();
    expect(runner.calls.at(-1)).toBe('terminate');
  });
});
