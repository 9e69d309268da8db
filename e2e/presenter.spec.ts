import { expect, test } from '@playwright/test';
import { readClockSeconds } from './helpers.ts';

test('presenter mode: P collapses the panels and enlarges the canvas; keys run, pause, step and change speed', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByTestId('palette')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('p');
  await expect(page.getByTestId('app')).toHaveClass(/is-presenting/);
  await expect(page.getByTestId('palette')).toBeHidden();
  const valueSize = await page
    .getByTestId('node-api-1')
    .locator('text.topology-node-value')
    .evaluate((t) => Number.parseFloat(getComputedStyle(t).fontSize));
  expect(valueSize).toBeGreaterThanOrEqual(20);

  await page.keyboard.press('+'); // ×10 → ×20
  await expect(page.getByTestId('speed-select')).toHaveValue('20');
  await page.keyboard.press('-');
  await expect(page.getByTestId('speed-select')).toHaveValue('10');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  await expect.poll(() => readClockSeconds(page), { timeout: 15_000 }).toBeGreaterThan(4);
  await page.screenshot({ path: '/tmp/presenter.png' });
  await page.screenshot({ path: testInfo.outputPath('presenter.png') });
  await page.keyboard.press(' ');
  await expect(page.getByTestId('run-status')).toHaveText('Paused');
  const paused = await readClockSeconds(page);
  await page.keyboard.press('.');
  await expect.poll(() => readClockSeconds(page)).toBeGreaterThan(paused);

  await page.keyboard.press('P');
  await expect(page.getByTestId('palette')).toBeVisible();
});
