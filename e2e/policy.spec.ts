import { expect, test } from '@playwright/test';
import { readSummary, runToEnd } from './helpers.ts';

test.describe('edge policy: timeouts and retries', () => {
  test('a person sets a timeout on an edge, runs, and sees the timeouts; retries appear in the form', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByTestId('node-users').click();
    await page
      .getByTestId('edge-list')
      .getByRole('button', { name: 'users → lb', exact: true })
      .click();
    await expect(page.getByTestId('inspector-title')).toHaveText('users → lb');

    await page.getByTestId('field-policy').check();
    // The default scenario answers in ~7 ms end to end: a 3 ms timeout fails most requests.
    await page.getByTestId('field-policy.timeoutMs').fill('3');
    await expect(page.getByTestId('field-policy.timeoutMs')).toHaveValue('3');
    await expect(page).toHaveURL(/#s=/);

    await runToEnd(page);
    const summary = await readSummary(page);
    const failed = Number.parseFloat((summary['summary-failed'] ?? '0').replace(/,/g, ''));
    const requests = Number.parseFloat((summary['summary-requests'] ?? '0').replace(/,/g, ''));
    expect(requests).toBeGreaterThan(10_000);
    expect(failed / requests).toBeGreaterThan(0.5);

    // Retries: the fields appear once enabled, with the guide's defaults as placeholders.
    await page.getByTestId('node-users').click();
    await page
      .getByTestId('edge-list')
      .getByRole('button', { name: 'users → lb', exact: true })
      .click();
    await page.getByTestId('field-policy.retry').check();
    await expect(page.getByTestId('field-policy.retry.maxAttempts')).toHaveAttribute(
      'placeholder',
      /3/,
    );
    await expect(page.getByTestId('field-policy.retry.jitter')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('edge-policy.png') });

    // A broken value is refused with its path, and the document keeps the last valid one.
    await page.getByTestId('field-policy.timeoutMs').fill('-5');
    await expect(page.getByTestId('inspector')).toContainText('policy.timeoutMs');
  });

  test('the retry-storm presets: the storm stays down, the breaker variant recovers', async ({
    page,
  }) => {
    const succeededShare = async (preset: string): Promise<number> => {
      await page.goto('/');
      await page.getByTestId('preset-select').selectOption(preset);
      await runToEnd(page);
      const s = await readSummary(page);
      const n = (key: string) => Number.parseFloat((s[key] ?? '0').replace(/,/g, ''));
      return n('summary-succeeded') / n('summary-requests');
    };
    const storm = await succeededShare('retry-storm');
    const breaker = await succeededShare('retry-storm-breaker');
    expect(storm).toBeLessThan(0.4);
    expect(breaker).toBeGreaterThan(0.9);
  });
});
