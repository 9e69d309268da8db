/** An in-memory `SimRunner` for tests: records calls, lets the test emit batches. */
import type { BatchListener, LoadResult, MetricsBatch, SimRunner } from '../worker/client.ts';
import type { MetricsLayout } from './metricsAccess.ts';
import { makeFrames } from './testFixtures.ts';

export interface FakeRunner extends SimRunner {
  readonly calls: string[];
  /** What the next `load` answers. */
  loadResult: LoadResult;
  /** Send a batch of `count` windows to the current listener. */
  emit(
    firstWindow: number,
    count: number,
    status: MetricsBatch['status'],
    extra?: Partial<MetricsBatch>,
  ): void;
}

const emptyTraces: MetricsBatch['traces'] = {
  count: 0,
  requestId: new Float64Array(0),
  from: new Int32Array(0),
  to: new Int32Array(0),
  sentMs: new Float64Array(0),
  arrivedMs: new Float64Array(0),
  leftMs: new Float64Array(0),
  answeredMs: new Float64Array(0),
  ok: new Uint8Array(0),
  outcome: new Uint8Array(0),
};

/** Create a fake runner whose `load` succeeds with `layout`. */
export function createFakeRunner(layout: MetricsLayout): FakeRunner {
  let listener: BatchListener | null = null;
  const calls: string[] = [];
  const record = (name: string) => (): Promise<void> => {
    calls.push(name);
    return Promise.resolve();
  };
  const runner: FakeRunner = {
    calls,
    loadResult: { ok: true, layout },
    load: () => {
      calls.push('load');
      return Promise.resolve(runner.loadResult);
    },
    start: (l) => {
      calls.push('start');
      listener = l;
      return Promise.resolve();
    },
    pause: record('pause'),
    inject: (fault) => {
      calls.push(`inject:${fault.type}:${fault.target}`);
      return Promise.resolve({ ok: true, fault: { ...fault, atMs: 1000 } });
    },
    edit: (edit) => {
      const subject = 'node' in edit ? edit.node : `${edit.edge.from}->${edit.edge.to}`;
      calls.push(`edit:${subject}:${JSON.stringify(edit.set)}`);
      return Promise.resolve({ ok: true, edit: { ...edit, atMs: 1000 } });
    },
    resume: record('resume'),
    step: (windows) => {
      calls.push(`step:${windows ?? 1}`);
      return Promise.resolve();
    },
    setSpeed: (speed) => {
      calls.push(`speed:${speed}`);
      return Promise.resolve();
    },
    stop: record('stop'),
    terminate: () => calls.push('terminate'),
    emit(firstWindow, count, status, extra = {}) {
      const { frames, frameCount, edgeFrames } = makeFrames(firstWindow, count, layout);
      listener?.({
        frameCount,
        firstWindow,
        frames,
        edgeFrames,
        traces: emptyTraces,
        controlEvents: [],
        simTimeMs: (firstWindow + count) * layout.windowMs,
        events: 10 * (firstWindow + count),
        wallRate: 1,
        status,
        ...extra,
      });
    },
  };
  return runner;
}
