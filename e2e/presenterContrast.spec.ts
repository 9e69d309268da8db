import { expect, test } from '@playwright/test';
import { measureContrast } from './contrast.ts';
import { readClockSeconds, setSpeed } from './helpers.ts';

for (const [preset, crash] of [
  ['full-stack', 'shard-1'],
  ['retry-storm', 'api'],
] as const) {
  test(`presenter mode, ${preset}: every text on the canvas and the toolbar has contrast ≥ 4.5:1`, async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByTestId('preset-select').selectOption(preset);
    test.setTimeout(60_000);
    await setSpeed(page, '1');
    await page.getByTestId('run-button').click();
    await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(3);
    // A crashed node too: its DOWN text and the danger badges of its callers are measured.
    await page.getByTestId(`node-${crash}`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Crash for 10 s' }).click();
    await expect(page.getByTestId(`node-${crash}`)).toHaveAttribute('aria-label', /down/i);
    await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(6);
    await page.getByTestId('pause-button').click();
    await expect(page.getByTestId('run-status')).toHaveText('Paused');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('p');
    await expect(page.getByTestId('app')).toHaveClass(/is-presenting/);

    const readings = await measureContrast(page.getByTestId('app'));
    const onCanvas = readings.filter((r) => r.where.startsWith('svg text'));
    // Node labels and values of every node, and the live badges, were all measured.
    expect(onCanvas.length).toBeGreaterThan(2 * (await page.locator('g.topology-node').count()));
    expect(readings.some((r) => r.where.includes('badge'))).toBe(true);
    expect(readings.some((r) => r.text.includes('Pause') || r.text.includes('Resume'))).toBe(true);
    const failing = readings.filter((r) => r.ratio < 4.5);
    expect(failing, JSON.stringify(failing, null, 1)).toEqual([]);
    await page.screenshot({ path: `/tmp/presenter-contrast-${preset}.png` });
  });
}
