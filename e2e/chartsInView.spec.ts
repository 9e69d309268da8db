import type { Locator } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readClockSeconds, setSpeed } from './helpers.ts';

/** The path of a chart's first line (what is drawn, not the data behind it). */
const firstLine = (chart: Locator) =>
  chart.locator('path.recharts-line-curve').first().getAttribute('d');

test('while a run runs, charts scrolled out of view are not redrawn; in view they catch up at once', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await setSpeed(page, '1');
  await page.getByTestId('run-button').click();
  await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(2);

  const onScreen = page.getByTestId('throughput-chart');
  const below = page.getByTestId('queue-chart');
  // Let the lower chart draw once, then scroll back to the top.
  await below.scrollIntoViewIfNeeded();
  await expect(below.locator('path.recharts-line-curve').first()).toBeVisible();
  await onScreen.scrollIntoViewIfNeeded();
  await expect(onScreen).toBeInViewport();
  await expect(below).not.toBeInViewport();

  const frozen = await firstLine(below);
  const shown = await firstLine(onScreen);
  const clock = await readClockSeconds(page);
  await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(clock + 3);
  // The chart on screen follows the run; the one below the fold kept its last drawing.
  expect(await firstLine(onScreen)).not.toBe(shown);
  expect(await firstLine(below)).toBe(frozen);

  await below.scrollIntoViewIfNeeded();
  await expect(below).toBeInViewport();
  await expect.poll(() => firstLine(below), { timeout: 5_000 }).not.toBe(frozen);
  await page.screenshot({ path: testInfo.outputPath('charts-in-view.png') });
});

test('the node table redraws only the rows on screen while a run runs; the rest catch up when seen', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByTestId('preset-select').selectOption('full-stack'); // 12 nodes: two blocks of rows
  await setSpeed(page, '1'); // 30 s of run: still running when the checks end
  await page.getByTestId('run-button').click();
  await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(2);

  // The first row sits at the bottom edge of the dashboard: its block is on screen, the next is not.
  const firstRow = page.getByTestId('node-row-users');
  const lowRow = page.getByTestId('node-row-shard-3');
  await firstRow.evaluate((row) => row.scrollIntoView({ block: 'end' }));
  await expect(firstRow).toBeInViewport();
  await expect(lowRow).not.toBeInViewport();

  const rate = (row: Locator) => row.locator('td').last().textContent();
  const clock = await readClockSeconds(page);
  const frozen = await rate(lowRow);
  const shown = await rate(firstRow);
  await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(clock + 5);
  await expect.poll(() => rate(firstRow), { timeout: 5_000 }).not.toBe(shown);
  expect(await rate(lowRow)).toBe(frozen);

  await lowRow.scrollIntoViewIfNeeded();
  await expect(lowRow).toBeInViewport();
  await expect.poll(() => rate(lowRow), { timeout: 5_000 }).not.toBe(frozen);
  await page.screenshot({ path: testInfo.outputPath('node-table-in-view.png') });
});
