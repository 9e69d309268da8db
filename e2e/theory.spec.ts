import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { runToEnd } from './helpers.ts';

async function readMs(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return Number.parseFloat(text.replace(/,/g, ''));
}

test('theory overlay: the M/M/4 preset agrees with Erlang C', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByTestId('preset-select').selectOption('mm4-rho-0.9');
  await runToEnd(page);
  await page.getByTestId('node-server').click();
  await page.getByTestId('analysis-button').click();
  await page.getByTestId('analysis-tab-theory').click();
  await expect(page.getByTestId('theory-model')).toContainText('M/M/4');

  const predictedMean = await readMs(page, 'theory-predicted-mean');
  const predictedP99 = await readMs(page, 'theory-predicted-p99');
  expect(predictedMean).toBeCloseTo(11.9, 1);
  expect(predictedP99).toBeCloseTo(48.8, 1);
  const measuredMean = await readMs(page, 'theory-measured-mean');
  const measuredP99 = await readMs(page, 'theory-measured-p99');
  // Within a few % — and, for the mean, inside the run's own 95 % confidence interval.
  expect(Math.abs(measuredMean - predictedMean) / predictedMean).toBeLessThan(0.07);
  expect(Math.abs(measuredP99 - predictedP99) / predictedP99).toBeLessThan(0.07);
  const half = await readMs(page, 'theory-interval-half');
  const intervalMean = await readMs(page, 'theory-interval-mean');
  expect(half).toBeGreaterThan(0);
  expect(half).toBeLessThan(predictedMean * 0.15);
  expect(Math.abs(intervalMean - predictedMean)).toBeLessThan(half);
  await expect(page.getByTestId('theory-chart').locator('.recharts-reference-line')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('theory.png') });
  await page.screenshot({ path: '/tmp/analysis-theory.png' });

  // The client is not a queue: the panel says why.
  await page.getByTestId('node-arrivals').click();
  await expect(page.getByTestId('theory-not-applicable')).toContainText(
    'is a client, not a service',
  );
});
