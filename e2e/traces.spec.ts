import { expect, test } from '@playwright/test';
import { runToEnd } from './helpers.ts';

test('traces: the slowest sampled requests, and one as a span waterfall', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByTestId('preset-select').selectOption('full-stack');
  await runToEnd(page);
  await page.getByTestId('analysis-button').click();
  await page.getByTestId('analysis-tab-traces').click();

  const rows = page.getByTestId('slow-requests').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const latencies = (await rows.locator('td:last-child').allTextContents()).map((t) =>
    Number.parseFloat(t.replace(/,/g, '')),
  );
  expect(latencies.length).toBeGreaterThan(3);
  expect([...latencies].sort((a, b) => b - a)).toEqual(latencies);

  await page.getByTestId('slow-request').first().click();
  const waterfall = page.getByTestId('trace-waterfall');
  await expect(waterfall).toBeVisible();
  const spans = waterfall.getByTestId('waterfall-span');
  expect(await spans.count()).toBeGreaterThan(1);
  // The first bar is the client's own call, spanning the whole request.
  await expect(spans.first()).toContainText('users →');
  await expect(waterfall.locator('h3')).toContainText(`${latencies[0]}`);
  await page.screenshot({ path: testInfo.outputPath('traces.png') });
  await page.screenshot({ path: '/tmp/analysis-traces.png' });
});
