import { expect, test } from '@playwright/test';
import { readClockSeconds, readSummary, runToEnd, setSpeed } from './helpers.ts';

test('a fault injected by right-click during a run is recorded, and the copied link replays the same run', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  await setSpeed(page, '10');
  await page.getByTestId('run-button').click();
  await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(12);
  // Real time from here: the 10 s crash stays on screen for 10 s even on a busy machine.
  await setSpeed(page, '1');

  await page.getByTestId('node-api-2').click({ button: 'right' });
  await expect(page.getByTestId('fault-menu')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('fault-menu.png') });
  await page.getByRole('menuitem', { name: 'Crash for 10 s' }).click();

  // The run goes on (not restarted) and the node goes down.
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  expect(await readClockSeconds(page)).toBeGreaterThan(12);
  await expect(page.getByTestId('node-api-2')).toHaveAttribute('aria-label', /down/i, {
    timeout: 10_000,
  });
  const url = page.url();

  await setSpeed(page, 'max');
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });
  const live = await readSummary(page);
  expect(Number.parseFloat((live['summary-failed'] ?? '0').replace(/,/g, ''))).toBeGreaterThan(100);
  await page.screenshot({ path: testInfo.outputPath('after-live-fault.png') });

  const replay = await context.newPage();
  await replay.goto(url);
  await runToEnd(replay);
  expect(await readSummary(replay)).toEqual(live);
});
