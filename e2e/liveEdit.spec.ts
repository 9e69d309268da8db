import { expect, test, type Page } from '@playwright/test';
import { readClockSeconds, readSummary, runToEnd, setSpeed } from './helpers.ts';

/** A node's utilization as the table shows it (rows scrolled out of view wait until seen). */
const utilizationOf = async (page: Page, id: string) => {
  const cell = page.getByTestId(`utilization-${id}`);
  await cell.scrollIntoViewIfNeeded();
  return Number.parseFloat((await cell.textContent()) ?? 'NaN');
};

test('changing workers during a run takes effect at once, is marked on the charts, and the link replays it', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000); // part of it runs in real time, then a replay to the end
  await page.goto('/');
  await setSpeed(page, '10');
  await page.getByTestId('run-button').click();
  await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(15);
  // The default preset: api-1 has 2 workers at 40 % utilization (200 req/s × 4 ms / 2).
  await expect.poll(() => utilizationOf(page, 'api-1')).toBeGreaterThan(25);
  await setSpeed(page, '1'); // real time: the run is far from its end while we look
  const linkBefore = page.url();

  await page.getByTestId('node-api-1').click();
  await expect(page.getByTestId('inspector-live-note')).toContainText('workers');
  await page.getByTestId('field-workers').fill('8');
  const editedAt = await readClockSeconds(page);

  // The run goes on: not restarted, the clock keeps counting from where it was.
  await expect(page.getByTestId('live-edit-row')).toHaveText(/s api-1 workers 2→8/);
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  await expect(page.getByTestId('field-workers')).toHaveValue('8');
  await expect
    .poll(() => readClockSeconds(page), { timeout: 10_000 })
    .toBeGreaterThan(editedAt + 3);
  expect(page.url()).not.toBe(linkBefore);

  // Utilization drops to a quarter (8 workers instead of 2: about 10 %).
  await expect.poll(() => utilizationOf(page, 'api-1'), { timeout: 15_000 }).toBeLessThan(18);
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  // The edit is marked on the time charts (a dashed line with its label).
  const markers = page.locator('.edit-marker');
  await expect.poll(() => markers.count()).toBeGreaterThan(1);
  const labels = page.locator('svg text').filter({ hasText: 'api-1 workers 2→8' });
  await expect.poll(() => labels.count()).toBeGreaterThan(1);
  await expect(labels.first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('live-edit.png'), fullPage: true });
  await page.screenshot({ path: '/tmp/edits-live-edit.png' });
  await page.getByTestId('node-utilization-chart').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/edits-utilization.png' });

  await setSpeed(page, 'max');
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });
  const live = await readSummary(page);
  const url = page.url();
  // After the run the form shows the values at 0 s, and says that an edit changes them later.
  await expect(page.getByTestId('field-workers')).toHaveValue('2');
  await expect(page.getByTestId('inspector-live-note')).toContainText('1 live edit');

  const replay = await context.newPage();
  await replay.goto(url);
  await expect(replay.getByTestId('live-edit-row')).toHaveText(/api-1 workers 2→8/);
  await runToEnd(replay);
  expect(await readSummary(replay)).toEqual(live);
  await replay.screenshot({ path: '/tmp/edits-replay.png', fullPage: true });
});

test('a change that cannot be made live restarts the run and says why', async ({ page }) => {
  await page.goto('/');
  await setSpeed(page, '10');
  await page.getByTestId('run-button').click();
  await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(10);
  await page.getByTestId('node-api-1').click();
  await page.getByTestId('field-weight').fill('3');
  await expect(page.getByTestId('banner').filter({ hasText: 'restarted from 0 s' })).toBeVisible();
  await expect(page.getByTestId('live-edits')).toHaveCount(0);
  expect(await readClockSeconds(page)).toBeLessThan(10);
});
