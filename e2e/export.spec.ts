import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../src/state/analysis/csvExport.ts';
import { runToEnd } from './helpers.ts';

async function download(page: Page, testId: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

interface Report {
  format: string;
  scenario: { seed: number; nodes: unknown[] };
  warmupMs: number;
  summary: { nodes: Record<string, { arrivals: number; completed: number; failed: number }> };
  debrief: { headline: string };
}

test('export: CSV of every series matches the run report; PNGs of the topology and charts', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await runToEnd(page);
  await page.getByTestId('analysis-button').click();
  await page.getByTestId('analysis-tab-export').click();
  await page.screenshot({ path: testInfo.outputPath('export.png') });

  const csv = await download(page, 'export-csv');
  expect(csv.file.suggestedFilename()).toBe('round-robin-over-three-services-seed-42.csv');
  const rows = parseCsv(csv.bytes.toString('utf8'));
  const header = rows[0]!;
  expect(header).toContain('api-1.latencyP99 [ms]');
  expect(header).toContain('lb->api-2.calls [count]');
  expect(rows.slice(1).every((r) => r.length === header.length)).toBe(true);

  const report = await download(page, 'export-report');
  const json = JSON.parse(report.bytes.toString('utf8')) as Report;
  expect(json.format).toBe('distsim-run-report');
  expect(json.scenario.seed).toBe(42);
  expect(json.debrief.headline).toMatch(/objectives/);

  // Sums of the windows after warm-up equal the summary, node by node. (A client's
  // completed/failed count the cohort issued after warm-up, so only its arrivals are window sums.)
  const start = header.indexOf('window_start [s]');
  const after = rows.slice(1).filter((r) => Number(r[start]) * 1000 >= json.warmupMs);
  for (const id of ['users', 'lb', 'api-1', 'api-2', 'api-3']) {
    const metrics =
      id === 'users' ? (['arrivals'] as const) : (['arrivals', 'completed', 'failed'] as const);
    for (const metric of metrics) {
      const col = header.indexOf(`${id}.${metric} [count]`);
      const total = after.reduce((n, r) => n + Number(r[col]), 0);
      expect(total, `${id}.${metric}`).toBe(json.summary.nodes[id]![metric]);
    }
  }

  for (const [id, name] of [
    ['export-topology-png', 'topology'],
    ['export-charts-png', 'charts'],
  ] as const) {
    const png = await download(page, id);
    expect(png.file.suggestedFilename()).toBe(
      `round-robin-over-three-services-seed-42-${name}.png`,
    );
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(5000);
    await png.file.saveAs(`/tmp/analysis-export-${name}.png`);
  }
});
