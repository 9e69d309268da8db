/** The control plane through the worker API: events stream with the batches; live faults are recorded whole. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type ControlEvent } from '../engine/index.ts';
import { compileScenario, validateScenario } from '../scenario/index.ts';
import type { MetricsBatch } from './protocol.ts';
import { createSimWorkerApi } from './runner.ts';
import { createManualHost } from './testHost.ts';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`src/scenario/fixtures/${name}`, 'utf8')) as Record<string, unknown>;

/** Run `scenario` through the worker API at the given speed; every batch it sent. */
function viaWorker(scenario: unknown, speed: number | 'max'): MetricsBatch[] {
  const host = createManualHost();
  const api = createSimWorkerApi(host);
  expect(api.load(scenario).ok).toBe(true);
  api.setSpeed(speed);
  const batches: MetricsBatch[] = [];
  api.start((b) => batches.push(b));
  host.runPending();
  return batches;
}

describe('control events through the worker', { timeout: 60_000 }, () => {
  it('streams every control event, in order, spread over the batches, as the engine logs them', () => {
    const scenario = fixture('autoscaling-spike.json');
    const batches = viaWorker(scenario, 100);
    const streamed = batches.flatMap((b) => b.controlEvents);
    const withEvents = batches.filter((b) => b.controlEvents.length > 0);
    expect(withEvents.length).toBeGreaterThan(3); // live, not all at the end
    const result = validateScenario(scenario);
    if (!result.ok) throw new Error('the preset is valid');
    const sim = createSimulation(compileScenario(result.scenario));
    sim.runToEnd();
    const direct: ControlEvent[] = sim.drainControlEvents();
    expect(streamed).toEqual(direct);
    expect(streamed.some((e) => e.kind === 'alert' && e.state === 'firing')).toBe(true);
    const last = batches.at(-1);
    expect(last?.summary?.scaling?.scaleOuts).toBeGreaterThan(0);
    // Events of a batch happened no later than its clock.
    for (const b of batches)
      for (const e of b.controlEvents) expect(e.atMs).toBeLessThanOrEqual(b.simTimeMs);
  });

  it('a node partition injected live cuts every edge of the node: the recorded run replays it exactly', () => {
    const scenario = { ...fixture('default.json'), durationMs: 30_000, warmupMs: 0 };
    const host = createManualHost();
    const api = createSimWorkerApi(host);
    api.load(scenario);
    api.setSpeed(1);
    let live: MetricsBatch['summary'];
    api.start((b) => {
      if (b.summary) live = b.summary;
    });
    host.runPending(40);
    api.pause();
    const result = api.inject({ type: 'partition', target: 'lb', durationMs: 3000 });
    if (!result.ok) throw new Error(result.errors.join('; '));
    api.setSpeed('max');
    api.resume();
    host.runPending();
    const replay = viaWorker({ ...scenario, faults: [result.fault] }, 'max').at(-1)?.summary;
    expect(replay).toEqual(live);
    expect(live?.faults).toMatchObject([{ type: 'partition', target: 'lb', durationMs: 3000 }]);
  });

  it('gives the CLI’s numbers: same alerts, scaling and recovery times for the same seed', () => {
    const file = 'src/scenario/fixtures/chaos-pool.json';
    const cli = JSON.parse(
      execFileSync('node_modules/.bin/tsx', ['src/cli/main.ts', file, '--json'], {
        encoding: 'utf8',
      }),
    ) as Record<string, unknown>;
    const worker = viaWorker(fixture('chaos-pool.json'), 'max').at(-1)?.summary;
    const { totals, alerts, faults, faultCount } = cli;
    expect({ totals, alerts, faults, faultCount }).toEqual(
      JSON.parse(
        JSON.stringify({
          totals: worker?.totals,
          alerts: worker?.alerts,
          faults: worker?.faults,
          faultCount: worker?.faultCount,
        }),
      ),
    );
    expect(faultCount).toBeGreaterThan(5);
  });
});
