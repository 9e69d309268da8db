import { expect, test } from '@playwright/test';
import {
  maxTableUtilization,
  readClockSeconds,
  readSummary,
  runToEnd,
  setSpeed,
  topologyNodes,
} from './helpers.ts';

test.describe('walking skeleton', () => {
  test('shows the default topology', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(topologyNodes(page)).toHaveCount(5);
    for (const id of ['users', 'lb', 'api-1', 'api-2', 'api-3']) {
      await expect(page.getByTestId(`node-${id}`)).toBeVisible();
    }
    await expect(page.getByTestId('sim-clock')).toHaveText('t = 0.0 s / 120 s');
    await page.screenshot({ path: testInfo.outputPath('default-topology.png') });
  });

  test('runs and streams real data into charts, table and canvas', async ({ page }, testInfo) => {
    await page.goto('/');
    await setSpeed(page, '1000');
    await page.getByTestId('run-button').click();
    await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(5);

    for (const chart of ['throughput-chart', 'latency-chart']) {
      const curves = page.getByTestId(chart).locator('path.recharts-line-curve');
      await expect(curves.first()).toBeAttached();
      // A real polyline through several windows: many path commands, not "M0,0" or empty.
      await expect
        .poll(async () => ((await curves.first().getAttribute('d')) ?? '').split(/[LC]/).length, {
          timeout: 10_000,
        })
        .toBeGreaterThan(3);
    }
    await expect.poll(() => maxTableUtilization(page)).toBeGreaterThan(0);
    await expect(page.getByTestId('node-api-1')).toHaveAttribute('aria-label', /\d+%/);
    await page.screenshot({ path: testInfo.outputPath('running.png') });
  });

  test('utilization reflects the load: a heavier scenario shows higher utilization', async ({
    page,
  }) => {
    await page.goto('/');
    await runToEnd(page);
    const light = await maxTableUtilization(page);
    await page.getByTestId('preset-select').selectOption('mm1-rho-0.9');
    await expect(topologyNodes(page)).toHaveCount(2);
    await runToEnd(page);
    const heavy = await maxTableUtilization(page);
    expect(light).toBeGreaterThan(0);
    expect(heavy).toBeGreaterThan(light + 20); // ~40 % per service vs ~90 %
  });

  test('pause, then step advances the clock by exactly one window', async ({ page }) => {
    await page.goto('/');
    await setSpeed(page, '1');
    await page.getByTestId('run-button').click();
    await expect.poll(() => readClockSeconds(page), { timeout: 10_000 }).toBeGreaterThan(0.5);
    await page.getByTestId('pause-button').click();
    await expect(page.getByTestId('run-status')).toHaveText('Paused');
    const paused = await readClockSeconds(page);
    await page.waitForTimeout(500);
    expect(await readClockSeconds(page)).toBe(paused); // paused means paused

    // The first step finishes the window the pause fell into (a pause exactly on a window's end
    // leaves that window to close: the clock stays); every later step is exactly 1 s (windowMs).
    const windowEnd = Number.isInteger(paused) ? paused : Math.floor(paused) + 1;
    await page.getByTestId('step-button').click();
    await expect.poll(() => readClockSeconds(page)).toBeGreaterThanOrEqual(windowEnd);
    const first = await readClockSeconds(page);
    expect([windowEnd, windowEnd + 1]).toContain(first);
    for (let i = 1; i <= 2; i++) {
      await page.getByTestId('step-button').click();
      await expect.poll(() => readClockSeconds(page)).toBe(first + i);
    }
    await page.getByTestId('resume-button').click();
    await expect.poll(() => readClockSeconds(page), { timeout: 10_000 }).toBeGreaterThan(first + 2);
  });

  test('a copied link reproduces the scenario and its numbers', async ({
    page,
    context,
  }, testInfo) => {
    await page.goto('/');
    await page.getByTestId('preset-select').selectOption('power-of-two');
    await expect(topologyNodes(page)).toHaveCount(10);
    await expect(page).toHaveURL(/#s=/);
    const url = page.url();

    const other = await context.newPage();
    await other.goto(url);
    await expect(topologyNodes(other)).toHaveCount(10);
    await expect(other.getByTestId('preset-select')).toHaveValue('power-of-two');

    await Promise.all([runToEnd(page), runToEnd(other)]);
    const first = await readSummary(page);
    const second = await readSummary(other);
    expect(Object.keys(first)).toContain('summary-p99');
    expect(Number.parseFloat((first['summary-requests'] ?? '0').replace(/,/g, ''))).toBeGreaterThan(
      0,
    );
    expect(second).toEqual(first);
    await other.screenshot({ path: testInfo.outputPath('finished.png') });
  });

  test('a broken link shows a clear message and the default topology', async ({
    page,
  }, testInfo) => {
    await page.goto('/#s=garbage!!');
    const banner = page.getByTestId('banner');
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('role', 'alert');
    await expect(banner).toContainText('does not contain a valid scenario');
    await expect(banner).toContainText(/url: the link is damaged/);
    await expect(topologyNodes(page)).toHaveCount(5);
    expect(page.url()).toContain('#s=garbage!!'); // kept until the person changes something
    await page.screenshot({ path: testInfo.outputPath('broken-link.png') });

    await banner.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(banner).toHaveCount(0);
  });
});
