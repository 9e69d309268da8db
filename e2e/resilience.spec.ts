import { expect, test, type Page } from '@playwright/test';
import { readSummary, runToEnd } from './helpers.ts';

/** A number of the run summary (`1,234` → 1234). */
async function summaryNumber(page: Page, key: string): Promise<number> {
  const s = await readSummary(page);
  return Number.parseFloat((s[`summary-${key}`] ?? 'NaN').replace(/,/g, ''));
}

async function openEdge(page: Page, from: string, to: string): Promise<void> {
  await page.getByTestId(`node-${from}`).click();
  await page
    .getByTestId('edge-list')
    .getByRole('button', { name: `${from} → ${to}`, exact: true })
    .click();
  await expect(page.getByTestId('inspector-title')).toHaveText(`${from} → ${to}`);
}

test.describe('resilience: rate limit and fallback on an edge', () => {
  test('the cascade-breaker preset answers "pending"; a rate limit with no fallback makes orders fail instead', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByTestId('preset-select').selectOption('cascade-breaker');
    await runToEnd(page);
    // The guide's pending fallback: payments is slow for 30 s, yet almost nothing fails.
    const requests = await summaryNumber(page, 'requests');
    const degraded = await summaryNumber(page, 'degraded');
    expect(requests).toBeGreaterThan(30_000);
    expect(degraded).toBeGreaterThan(2000);
    expect(await summaryNumber(page, 'failed')).toBeLessThan(0.02 * requests);
    const goodput = await summaryNumber(page, 'goodput');
    expect(goodput).toBeLessThan(await summaryNumber(page, 'throughput'));
    await expect(page.getByTestId('summary-orders-reconciled')).toBeVisible();
    await expect(page.getByTestId('throughput-chart')).toContainText('degraded / s');
    await page.screenshot({ path: testInfo.outputPath('resilience-pending.png') });

    await openEdge(page, 'orders', 'payments');
    await expect(page.getByTestId('field-policy.fallback.type')).toHaveValue('pending');
    await expect(page.getByTestId('explanation-policy.fallback.type')).toContainText(
      'PaymentResult.pending',
    );

    // Rate limit: switched on with a starting rate; a negative rate is refused, by name.
    await page.getByTestId('field-policy.rateLimit').check();
    const rate = page.getByTestId('field-policy.rateLimit.ratePerSec');
    await expect(rate).toHaveValue('100');
    await rate.fill('-5');
    await expect(page.getByTestId('field-error')).toContainText(
      'policy.rateLimit.ratePerSec: must be greater than 0 (got -5)',
    );
    await rate.fill('20');
    await expect(page.getByTestId('field-error')).toHaveCount(0);
    // A stale-copy fallback needs a capacity: it starts at 1000, and 0 is refused.
    const fallback = page.getByTestId('field-policy.fallback.type');
    await fallback.selectOption('stale');
    const capacity = page.getByTestId('field-policy.fallback.capacity');
    await expect(capacity).toHaveValue('1000');
    await expect(page.getByTestId('field-policy.fallback.maxAgeMs')).toHaveAttribute(
      'placeholder',
      'any age',
    );
    await capacity.fill('0');
    await expect(page.getByTestId('field-error')).toContainText(
      'policy.fallback.capacity: must be at least 1 (got 0)',
    );
    await page
      .locator('fieldset', { has: fallback })
      .screenshot({ path: testInfo.outputPath('resilience-stale.png') });
    await fallback.selectOption('error');
    await expect(page.getByTestId('field-policy.fallback.capacity')).toHaveCount(0);
    await expect(page.getByTestId('explanation-policy.fallback.type')).toContainText('No fallback');
    await page
      .locator('fieldset', { has: page.getByTestId('field-policy.fallback.type') })
      .screenshot({ path: testInfo.outputPath('resilience-fallback.png') });

    // ~90 orders/s against 20 tokens/s, and no fallback: most orders now fail, none is degraded.
    await runToEnd(page);
    const failedAfter = await summaryNumber(page, 'failed');
    expect(failedAfter).toBeGreaterThan(0.15 * requests);
    expect(await summaryNumber(page, 'degraded')).toBe(0);
    await expect(page.getByTestId('summary-orders-rateLimited')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('resilience-run.png') });
  });
});
