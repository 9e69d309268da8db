/**
 * How often the charts refresh, and what else re-renders, in Chromium: the
 * full-stack preset (12 nodes, lengthened so it keeps running) at ×20 for 20 s
 * of wall time on the Traffic tab, with a node selected (its drill-down
 * charts too). Per wall second it counts (a) renders of the open dashboard
 * tab — every chart refresh goes through it, (b) renders of the page's
 * top-level parts (App, toolbar, editor, canvas, timeline, summary,
 * dashboard frame), which a batch of metrics should not cause, (c) every React
 * commit (DevTools hook), and (d) DOM mutation bursts under the charts.
 * Builds the app, serves it with `vite preview`, prints max and mean per
 * second and writes `.reports/bench-charts.json`. No timed assertions: record
 * the numbers in BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, servePreview } from './browser.ts';
import { presets } from '../src/scenario/presets.ts';
import { encodeScenarioToHash } from '../src/scenario/urlCodec.ts';
import { TOP_LEVEL_PARTS } from '../src/ui/renderCounts.ts';
import { COMMIT_COUNTER, sampleRefreshes, summarize } from './chartsMeasure.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 5197);
const RUN_MS = Number(process.env['CHARTS_BENCH_MS'] ?? 20_000);

const base = presets.find((p) => p.id === 'full-stack')?.scenario;
if (base === undefined) throw new Error('the full-stack preset is missing');
const scenario = { ...base, durationMs: 1_200_000 };

const stopServer = await servePreview(PORT);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript(COMMIT_COUNTER);
  await page.goto(`http://localhost:${PORT}/?renderCounts=1${encodeScenarioToHash(scenario)}`);
  // The link's scenario, not the default one a damaged link would fall back to.
  await page.getByTestId('node-cache').waitFor({ timeout: 10_000 });
  await page.getByTestId('node-api-1').click();
  await page.getByTestId('speed-select').selectOption('20');
  await page.getByTestId('run-button').click();
  await page.getByTestId('node-drilldown').waitFor();
  await page.waitForTimeout(1000);
  const samples = await sampleRefreshes(page, RUN_MS);
  const perSecond = (part: string) => samples.map((s) => s.parts[part] ?? 0);
  const charts = summarize(perSecond('DashboardCharts'));
  const topLevel = summarize(
    samples.map((s) => TOP_LEVEL_PARTS.reduce((n, p) => n + (s.parts[p] ?? 0), 0)),
  );
  const commits = summarize(samples.map((s) => s.commits));
  const bursts = summarize(samples.map((s) => s.chartMutationBursts));
  const simS = (samples.at(-1)?.simTimeS ?? 0) - (samples[0]?.simTimeS ?? 0);
  const line = `charts: full-stack at ×20 for ${(RUN_MS / 1000).toFixed(0)} s (${simS.toFixed(0)} simulated s): chart tab renders/s max ${charts.max} mean ${charts.mean}; top-level renders/s max ${topLevel.max} mean ${topLevel.mean}; React commits/s max ${commits.max} mean ${commits.mean}; chart DOM mutation bursts/s max ${bursts.max} mean ${bursts.mean}`;
  console.log(line);
  const byPart = Object.fromEntries(
    [...TOP_LEVEL_PARTS, 'DashboardCharts', 'SimClock'].map((p) => [p, summarize(perSecond(p))]),
  );
  console.log(JSON.stringify(byPart));
  mkdirSync('.reports', { recursive: true });
  writeFileSync(
    '.reports/bench-charts.json',
    JSON.stringify(
      {
        chromium: browser.version(),
        runMs: RUN_MS,
        charts,
        topLevel,
        commits,
        bursts,
        byPart,
        samples,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await stopServer();
}
