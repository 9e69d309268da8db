import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

/** Milliseconds from a table cell such as `24.2 ms` or `1,234 ms`. */
async function readMs(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return Number.parseFloat(text.replace(/,/g, ''));
}

async function setStrategy(page: Page, strategy: string): Promise<void> {
  await page.getByTestId('node-lb').click();
  await expect(page.getByTestId('inspector-title')).toHaveText('lb');
  await page.getByTestId('field-strategy').selectOption(strategy);
}

test('A/B: round robin vs least connections on an unequal pool, same seed', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByTestId('preset-select').selectOption('weighted-pool');
  await setStrategy(page, 'round-robin');

  await page.getByTestId('analysis-button').click();
  await expect(page.getByTestId('analysis-drawer')).toBeVisible();
  await page.getByTestId('compare-snapshot').click();
  await expect(page.getByTestId('compare-fields-none')).toBeVisible();

  await setStrategy(page, 'least-connections');
  const fields = page.getByTestId('compare-fields');
  await expect(fields).toContainText('strategy');
  await expect(fields).toContainText('"round-robin"');
  await expect(fields).toContainText('"least-connections"');

  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-result')).toBeVisible({ timeout: 60_000 });

  const aP99 = await readMs(page, 'compare-a-p99');
  const bP99 = await readMs(page, 'compare-b-p99');
  const aMean = await readMs(page, 'compare-a-mean');
  const bMean = await readMs(page, 'compare-b-mean');
  expect(bP99).toBeLessThan(aP99);
  expect(bMean).toBeLessThan(aMean);
  await expect(page.getByTestId('compare-ratio-p99')).toContainText('-');
  // Same seed, same arrivals: the clients issued as many requests on both sides.
  await expect(page.getByTestId('compare-result')).toContainText('seed 3');
  await expect(page.getByTestId('compare-latency-chart').locator('.recharts-line')).toHaveCount(6);
  await expect(page.getByTestId('compare-throughput-chart').locator('.recharts-line')).toHaveCount(
    2,
  );
  await page.screenshot({ path: testInfo.outputPath('compare.png') });
  await page.screenshot({ path: '/tmp/analysis-compare.png' });
});
