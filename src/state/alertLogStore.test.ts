import { beforeEach, describe, expect, it } from 'vitest';
import {
  ALERT_LOG_LIMIT,
  initialAlertLogData,
  useAlertLogStore,
  type ControlEvent,
} from './alertLogStore.ts';
import { initialDocumentData, useDocumentStore } from './documentStore.ts';
import { createFakeRunner } from './fakeRunner.ts';
import { createFakeTimers } from './fakeTimers.ts';
import { createMetricsHistory } from './metricsHistory.ts';
import { initialRunData, useRunStore } from './runStore.ts';
import { COMMIT_INTERVAL_MS, createSimController } from './simController.ts';
import { testLayout } from './testFixtures.ts';

const firing = (atMs: number): ControlEvent => ({
  kind: 'alert',
  atMs,
  state: 'firing',
  ruleId: 'error-rate@api',
  severity: 'critical',
  value: 0.4,
  metric: 'errorRate',
  scope: 'api',
  comparator: '>',
  threshold: 0.1,
  actions: [{ type: 'scale', target: 'api', result: '2 → 3 instances, ready at 81 s' }],
});
const log = () => useAlertLogStore.getState();

describe('alertLogStore', () => {
  beforeEach(() => useAlertLogStore.setState(initialAlertLogData));

  it('keeps the newest events, oldest first, and counts everything received', () => {
    log().append(Array.from({ length: ALERT_LOG_LIMIT + 20 }, (_, i) => firing(i)));
    log().append([firing(10_000)]);
    expect(log().events).toHaveLength(ALERT_LOG_LIMIT);
    expect(log().events[0]?.atMs).toBe(21);
    expect(log().events.at(-1)?.atMs).toBe(10_000);
    expect(log().received).toBe(ALERT_LOG_LIMIT + 21);
  });

  it('does not change (or re-render) for an empty append', () => {
    const before = log().events;
    log().append([]);
    expect(log().events).toBe(before);
  });
});

describe('the sim controller feeds the alert log', () => {
  beforeEach(() => {
    useAlertLogStore.setState(initialAlertLogData);
    useRunStore.setState(initialRunData);
    useDocumentStore.setState(initialDocumentData);
  });

  function setup() {
    const runner = createFakeRunner(testLayout);
    const timers = createFakeTimers();
    const controller = createSimController({
      createRunner: () => runner,
      getScenario: () => useDocumentStore.getState().scenario,
      history: createMetricsHistory(100),
      timers,
    });
    return { runner, timers, controller };
  }

  it('commits batches’ events with the progress, at most every COMMIT_INTERVAL_MS, and all of them', async () => {
    const { runner, timers, controller } = setup();
    await controller.run();
    let changes = 0;
    const unsubscribe = useAlertLogStore.subscribe(() => changes++);
    for (let w = 0; w < 20; w++) {
      runner.emit(w, 1, 'running', { controlEvents: [firing(w * 1000)] });
      timers.advance(10);
    }
    timers.advance(COMMIT_INTERVAL_MS);
    unsubscribe();
    expect(log().events.map((e) => e.atMs)).toEqual(Array.from({ length: 20 }, (_, w) => w * 1000));
    expect(changes).toBeLessThanOrEqual(200 / COMMIT_INTERVAL_MS + 2);
  });

  it('starts empty for a new run and after stop', async () => {
    const { runner, controller } = setup();
    await controller.run();
    runner.emit(0, 1, 'finished', { controlEvents: [firing(500)] });
    expect(log().events).toHaveLength(1);
    await controller.stop();
    expect(log().events).toEqual([]);
    await controller.run();
    runner.emit(0, 1, 'paused', { controlEvents: [firing(700)] });
    expect(log().events.map((e) => e.atMs)).toEqual([700]);
  });
});
