import { expect, test, type Locator, type Page } from '@playwright/test';
import { runToEnd } from './helpers.ts';

/** The `d` of every drawn line in a chart (Recharts draws one path per series). */
async function linePaths(chart: Locator): Promise<string[]> {
  return chart
    .locator('path.recharts-line-curve')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
}

/** Segments of a path: a real series over many windows has many. */
const segments = (d: string): number => (d.match(/[LC]/g) ?? []).length;

/** The x-axis tick labels of a chart, as numbers (seconds). */
async function xTicks(chart: Locator): Promise<number[]> {
  const texts = await chart
    .locator('.recharts-xAxis-tick-labels')
    .first()
    .locator('.recharts-cartesian-axis-tick-value')
    .allTextContents();
  return texts.map((t) => Number.parseFloat(t)).filter((v) => Number.isFinite(v));
}

async function openFullStackRun(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('preset-select').selectOption('full-stack');
  await runToEnd(page);
}

test.describe('live panels', () => {
  test('p99.9, per-node utilization and queues, cache hit ratio, window, smoothing and a node’s own charts', async ({
    page,
  }) => {
    await openFullStackRun(page);
    const latency = page.getByTestId('latency-chart');
    await expect(latency.locator('.recharts-legend-item-text')).toContainText([
      'p50',
      'p95',
      'p99',
      'p99.9',
    ]);
    const latencyPaths = await linePaths(latency);
    expect(latencyPaths).toHaveLength(4);
    for (const d of latencyPaths) expect(segments(d)).toBeGreaterThan(20);

    // Nodes: the full-stack preset has 4 services and 4 shards, and a cache; no queue.
    const utilization = page.getByTestId('node-utilization-chart');
    await utilization.scrollIntoViewIfNeeded();
    const utilPaths = await linePaths(utilization);
    expect(utilPaths).toHaveLength(8);
    for (const d of utilPaths) expect(segments(d)).toBeGreaterThan(20);
    await expect(utilization.locator('.recharts-legend-item-text')).toContainText([
      'api-1',
      'shard-0',
    ]);
    await expect(page.getByTestId('queue-chart')).toBeVisible();
    const hitRatio = page.getByTestId('hit-ratio-chart');
    const hitPaths = await linePaths(hitRatio);
    expect(hitPaths).toHaveLength(1);
    expect(segments(hitPaths[0] ?? '')).toBeGreaterThan(20);
    await expect(page.getByTestId('consumer-lag-note')).toContainText('no queue');

    // The time window: the whole 30 s run, then only its last 10 s.
    expect((await xTicks(latency))[0]).toBe(0);
    const wholePath = latencyPaths[2] ?? '';
    await page.getByTestId('chart-window').selectOption('last10');
    await expect.poll(async () => (await xTicks(latency))[0] ?? 0).toBeGreaterThanOrEqual(19);
    const lastTen = await linePaths(latency);
    expect(segments(lastTen[2] ?? '')).toBeLessThan(segments(wholePath));

    // Smoothing: the same windows drawn as 5-point averages, and every chart says so.
    await expect(page.getByTestId('smoothed-tag')).toHaveCount(0);
    await page.getByTestId('chart-smoothing').check();
    await expect(latency.getByTestId('smoothed-tag')).toHaveText('· smoothed');
    const smoothed = await linePaths(latency);
    expect(smoothed[2]).not.toBe(lastTen[2]);
    await page.getByTestId('chart-window').selectOption('all');
    await latency.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/panels-smoothed.png' });
    await page.getByTestId('chart-smoothing').uncheck();

    // Drill-down: a selected service shows its own charts above its readings.
    await expect(page.getByTestId('node-drilldown')).toHaveCount(0);
    await page.getByTestId('node-api-1').click();
    const drill = page.getByTestId('node-drilldown');
    await expect(drill).toContainText('api-1 over time');
    for (const id of ['node-rate-chart', 'node-latency-chart', 'node-load-chart']) {
      const paths = await linePaths(drill.getByTestId(id));
      expect(paths.length).toBe(2);
      for (const d of paths) expect(segments(d)).toBeGreaterThan(20);
    }
    await expect(page.getByTestId('node-detail')).toBeVisible();
    await drill.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/panels-drilldown.png' });
  });
});
