/**
 * The canvas under load, in Chromium: a 50-node topology with animated
 * request dots at ×20 for 30 s of wall time. Counts animation frames (fps) and
 * main-thread long tasks (PerformanceObserver), attributes long frames to
 * scripts (Long Animation Frames API; `UI_BENCH_READABLE=1` builds without
 * minifying so they carry real function names), and counts tasks by their
 * CPU time from a Chromium trace (`uiTrace.ts`; on a shared machine the
 * wall-clock long tasks include time spent waiting for a core). Builds the app, serves it with
 * `vite preview`, prints the numbers and writes `.reports/bench-ui.json`.
 * Record results in BENCHMARKS.md; no test asserts on timings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, servePreview } from './browser.ts';
import { encodeScenarioToHash } from '../src/scenario/urlCodec.ts';
import { measure } from './uiMeasure.ts';
import { traceCpuTasks } from './uiTrace.ts';
import { fiftyNodes } from './uiScenario.ts';

const PORT = 5198;
const RUN_MS = Number(process.env['UI_BENCH_MS'] ?? 30_000);

/** `UI_BENCH_READABLE=1` builds without minifying, so the long frames name real functions. */
const readable = process.env['UI_BENCH_READABLE'] === '1';
const stopServer = await servePreview(PORT, readable ? { minify: false } : {});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://localhost:${PORT}/${encodeScenarioToHash(fiftyNodes)}`);
  await page.getByTestId('speed-select').selectOption('20');
  await page.getByTestId('run-button').click();
  await page.waitForFunction(
    () =>
      Number(
        document.querySelector('[data-testid="request-dots"]')?.getAttribute('data-count') ?? 0,
      ) > 0,
    null,
    { timeout: 30_000 },
  );
  const stopTrace = await traceCpuTasks(page);
  const result = await measure(page, RUN_MS);
  const cpu = await stopTrace();
  const line = `ui: 50 nodes at ×20 for ${(RUN_MS / 1000).toFixed(0)} s: ${result.fps.toFixed(1)} fps (${result.frames} frames; slowest frame ${result.maxFrameMs.toFixed(1)} ms), ${result.longTasks} long tasks (> 50 ms), longest ${result.maxLongTaskMs.toFixed(0)} ms; up to ${result.maxDots} dots; long tasks at [start ms, duration ms] ${JSON.stringify(result.longTaskTimes)}`;
  console.log(line);
  console.log(
    `cpu: ${cpu.tasks} main-thread tasks, ${cpu.over50} with over 50 ms of CPU time (${cpu.over33} over 33 ms, ${cpu.over16} over 16 ms), the most ${cpu.maxCpuMs.toFixed(0)} ms (thread time: not inflated by other load on the machine)`,
  );
  for (const f of result.longFrames) {
    const scripts = f.scripts.map((s) => `${s.fn || s.invoker} ${s.durationMs} ms`).join(', ');
    console.log(
      `  long frame at ${f.atMs} ms: ${f.durationMs} ms (layout ${f.layoutMs}, render ${f.renderMs}) — ${scripts}`,
    );
  }
  mkdirSync('.reports', { recursive: true });
  writeFileSync(
    '.reports/bench-ui.json',
    JSON.stringify({ chromium: browser.version(), runMs: RUN_MS, cpu, ...result }, null, 2),
  );
} finally {
  await browser.close();
  await stopServer();
}
