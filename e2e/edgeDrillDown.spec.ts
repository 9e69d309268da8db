import { expect, test, type Locator, type Page } from '@playwright/test';
import { runToEnd } from './helpers.ts';

/** The points a chart draws (its `data-points`). */
async function pointsOf(chart: Locator): Promise<number> {
  return Number((await chart.getAttribute('data-points')) ?? 'NaN');
}

/** Commands in the `d` of the chart's drawn lines or areas: a real series has many. */
async function pathCommands(chart: Locator, selector: string): Promise<number> {
  const paths = await chart
    .locator(selector)
    .evaluateAll((els) =>
      els.map((el) => (el.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0),
    );
  return Math.max(0, ...paths);
}

async function selectEdge(page: Page, from: string, to: string): Promise<void> {
  // A level line has a zero-height box, which Playwright calls invisible: click its middle anyway.
  const hit = page.getByTestId(`edge-${from}-${to}`).locator('line.topology-edge-hit');
  await hit.click({ force: true });
  await expect(page.getByTestId('inspector-title')).toHaveText(`${from} → ${to}`);
}

test('selecting an edge shows its own charts, from the run’s history', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByTestId('preset-select').selectOption('retry-storm-breaker');
  await runToEnd(page);
  await expect(page.getByTestId('edge-drilldown')).toHaveCount(0);
  await selectEdge(page, 'users', 'api');
  const panel = page.getByTestId('edge-drilldown');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('node-drilldown')).toHaveCount(0);

  // Requests, attempts and amplification: one point per second of the 120 s run.
  const rate = page.getByTestId('edge-rate-chart');
  await expect(rate).toContainText('attempts / s');
  expect(await pointsOf(rate)).toBeGreaterThanOrEqual(100);
  expect(await pathCommands(rate, 'path.recharts-line-curve')).toBeGreaterThan(50);

  // The storm: attempts time out, then the breaker refuses them.
  const failures = page.getByTestId('edge-failures-chart');
  await expect(failures).toContainText('Failures by cause, on users → api');
  await expect(failures).toContainText('timed out (this edge)');
  await expect(failures).toContainText('breaker open');
  expect(await pathCommands(failures, 'path.recharts-area-area')).toBeGreaterThan(50);

  const breaker = page.getByTestId('edge-breaker-timeline');
  await expect(breaker.locator('.breaker-open').first()).toBeAttached();
  await expect(breaker.locator('.breaker-opening').first()).toBeAttached();
  await expect(page.getByTestId('edge-fallback-note')).toContainText('No fallback');
  const latency = page.getByTestId('edge-latency-chart');
  expect(await pointsOf(latency)).toBeGreaterThanOrEqual(100);
  // The slow fault (30–33 s) is shaded on the edge's charts too.
  await expect(rate.locator('.fault-marker').first()).toBeAttached();

  await rate.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('edge-drilldown.png') });
  await latency.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('edge-drilldown-lower.png') });

  // Selecting a node puts its own charts in the same place.
  await page.getByTestId('node-api').click();
  await expect(page.getByTestId('edge-drilldown')).toHaveCount(0);
  await expect(page.getByTestId('node-drilldown')).toBeVisible();
});
