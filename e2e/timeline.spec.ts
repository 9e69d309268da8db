import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readClockSeconds, setSpeed } from './helpers.ts';

const bars = (page: Page): Locator => page.getByTestId('timeline-canvas').locator('g.fault-bar');
const atMs = async (bar: Locator): Promise<number> => Number(await bar.getAttribute('data-at-ms'));

/** Drag the body of `bar` by `ms` of simulated time (px per ms read from the bar itself). */
async function dragBar(page: Page, bar: Locator, ms: number): Promise<void> {
  const body = bar.locator('.fault-bar-body');
  const box = await body.boundingBox();
  if (box === null) throw new Error('bar not drawn');
  // The rect's own width (the bounding box also counts its stroke).
  const width = Number(await body.getAttribute('width'));
  const pxPerMs = width / Number(await bar.getAttribute('data-duration-ms'));
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (ms * pxPerMs) / 2, y, { steps: 4 });
  await page.mouse.move(x + ms * pxPerMs, y, { steps: 4 });
  await page.mouse.up();
}

/** The highest y-axis tick of a chart (left axis). */
async function topTick(chart: Locator): Promise<number> {
  const ticks = await chart
    .locator('.recharts-yAxis-tick-labels')
    .first()
    .locator('.recharts-cartesian-axis-tick-value')
    .allTextContents();
  return Math.max(...ticks.map((t) => Number.parseFloat(t.replace('k', 'e3'))));
}

test('fault timeline: drag a window, undo, add a fault from the palette, run, and see faults and resilience on the charts', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('preset-select').selectOption('retry-storm-breaker');

  // The preset's slow fault is a window on the api lane at 30 s.
  await expect(bars(page)).toHaveCount(1);
  const slow = bars(page).first();
  await expect(slow).toContainText('slow ×3');
  expect(await atMs(slow)).toBe(30_000);
  const presetUrl = page.url();

  // Drag it ~20 s later: the document (and so the link) changes; undo restores it.
  await dragBar(page, slow, 20_000);
  await expect.poll(() => atMs(slow)).toBeGreaterThan(48_000);
  const moved = await atMs(slow);
  expect(moved).toBeLessThan(52_000);
  expect(moved % 1000).toBe(0); // a 2-minute run snaps to whole seconds
  expect(await slow.getAttribute('data-duration-ms')).toBe('3000');
  await expect(page.getByTestId('fault-selected')).toContainText(`${moved / 1000} s`);
  await expect.poll(() => page.url()).not.toBe(presetUrl);
  await page.screenshot({ path: '/tmp/e2e-timeline-dragged.png' });
  await page.getByTestId('undo-button').click();
  await expect.poll(() => atMs(slow)).toBe(30_000);
  await expect.poll(() => page.url()).toBe(presetUrl);

  // Keyboard: the selected window moves by 1 s per arrow, and back.
  await slow.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => atMs(slow)).toBe(31_000);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => atMs(slow)).toBe(30_000);
  // A window cannot leave the run: the refusal names the field and says why.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('timeline-error')).toContainText(
    'faults[0].durationMs: must be more than 0 ms',
  );
  expect(await slow.getAttribute('data-duration-ms')).toBe('1000');
  await page.screenshot({ path: '/tmp/e2e-timeline-refused.png' });
  await page.getByTestId('undo-button').click();
  await page.getByTestId('undo-button').click();
  await expect.poll(() => slow.getAttribute('data-duration-ms')).toBe('3000');
  await expect.poll(() => page.url()).toBe(presetUrl);

  // The palette refuses a bad value with the field's path, then adds the fault.
  await page.getByTestId('fault-add-open').click();
  await page.getByTestId('fault-type').selectOption('errors');
  await page.getByTestId('fault-target').selectOption('node:api');
  await page.getByTestId('fault-start').fill('60');
  await page.getByTestId('fault-duration').fill('5');
  await page.getByTestId('fault-param').fill('2');
  await page.getByTestId('fault-add').click();
  await expect(page.getByTestId('fault-form-error')).toContainText('faults[1].probability');
  await page.screenshot({ path: '/tmp/e2e-palette-error.png' });
  await page.getByTestId('fault-param').fill('0.3');
  await page.getByTestId('fault-add').click();
  await expect(page.getByTestId('fault-palette')).toHaveCount(0);
  await expect(bars(page)).toHaveCount(2);
  await expect(bars(page).nth(1)).toContainText('errors 30%');
  expect(await atMs(bars(page).nth(1))).toBe(60_000);

  // During a run the playhead follows the simulated clock.
  await setSpeed(page, '10');
  await page.getByTestId('run-button').click();
  await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(3);
  const playhead = page.getByTestId('timeline-canvas').locator('.timeline-playhead');
  await expect(playhead).not.toHaveAttribute('display', 'none');
  expect(Number(await playhead.getAttribute('data-ms'))).toBeGreaterThan(0);
  await page.screenshot({ path: '/tmp/e2e-timeline-running.png' });
  await setSpeed(page, 'max');
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });

  // Traffic: both fault windows are shaded, labelled, on the throughput and latency charts.
  for (const id of ['throughput-chart', 'latency-chart']) {
    const chart = page.getByTestId(id);
    await expect(chart.locator('.fault-marker')).toHaveCount(2);
    await expect(chart).toContainText('slow ×3 · api');
    await expect(chart).toContainText('errors 30% · api');
  }
  await page.screenshot({ path: '/tmp/e2e-traffic.png' });

  // Failures: real series stacked by cause, with the markers.
  await page.getByTestId('tab-failures').click();
  const failures = page.getByTestId('failures-chart');
  await expect(failures.locator('.recharts-legend-item')).not.toHaveCount(0);
  await expect(failures).toContainText('injected error');
  await expect(failures.locator('.recharts-area-area').first()).toHaveAttribute('d', /L/);
  await expect(failures.locator('.fault-marker')).toHaveCount(2);
  expect(await topTick(failures)).toBeGreaterThan(0);
  await expect(page.getByTestId('goodput-chart').locator('.fault-marker')).toHaveCount(2);
  await page.screenshot({ path: '/tmp/e2e-failures.png' });

  // Resilience: amplification above 1 during the storm, and the breaker opened.
  await page.getByTestId('tab-resilience').click();
  const amplification = page.getByTestId('amplification-chart');
  await expect(amplification.locator('.recharts-line-curve').first()).toHaveAttribute('d', /L/);
  expect(await topTick(amplification)).toBeGreaterThan(1);
  await expect(amplification.locator('.fault-marker')).toHaveCount(2);
  const breaker = page.getByTestId('breaker-timeline');
  await expect(breaker).toContainText('users → api');
  await expect(breaker.locator('.breaker-band.breaker-open').first()).toBeAttached();
  await expect(breaker.locator('.breaker-band.breaker-closed').first()).toBeAttached();
  await expect(breaker.locator('.breaker-opening').first()).toBeAttached();
  await expect(page.getByTestId('healthy-note')).toBeVisible();
  await page.screenshot({ path: '/tmp/e2e-resilience.png' });
});
