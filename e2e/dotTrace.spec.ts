import { expect, test } from '@playwright/test';
import { setSpeed } from './helpers.ts';

test('clicking a request dot opens that request as a span waterfall', async ({ page }) => {
  await page.goto('/');
  await setSpeed(page, '10'); // the default scenario: 120 s, so 12 s of wall time
  await page.getByTestId('run-button').click();
  const shown = page.getByTestId('request-dots').locator('circle.dot:not([display])');
  await expect.poll(() => shown.count(), { timeout: 20_000 }).toBeGreaterThan(3);
  await page.getByTestId('pause-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Paused');

  // Paused, the dots come to rest (half the playback lag behind the run) and stay there.
  const first = shown.first();
  await expect
    .poll(async () => {
      const before = await first.getAttribute('cx');
      await page.waitForTimeout(200);
      return before === (await first.getAttribute('cx'));
    })
    .toBe(true);
  // The dot farthest from any other, so the click cannot be meant for a neighbour.
  const loneIndex = await shown.evaluateAll((circles) => {
    const at = circles.map((c) => c.getBoundingClientRect());
    const gap = at.map((a, i) =>
      Math.min(...at.filter((_, j) => j !== i).map((b) => Math.hypot(a.x - b.x, a.y - b.y))),
    );
    return gap.indexOf(Math.max(...gap));
  });
  const dot = shown.nth(loneIndex);
  const requestId = await dot.getAttribute('data-request-id');
  expect(requestId).toMatch(/^\d+$/);
  const box = await dot.boundingBox();
  if (box === null) throw new Error('the dot has no box');
  // A little off centre: the hit area is larger than the dot.
  await page.mouse.click(box.x + box.width / 2 + 4, box.y + box.height / 2 + 3);

  await expect(page.getByTestId('analysis-drawer')).toBeVisible();
  const waterfall = page.getByTestId('trace-waterfall');
  await expect(waterfall.locator('h3')).toContainText(`Request #${requestId} from `);
  expect(await waterfall.getByTestId('waterfall-span').count()).toBeGreaterThan(0);
  await page.screenshot({ path: '/tmp/dot-trace.png' });
});

test('a click on the empty canvas away from any dot still clears the selection', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('node-api-1').click();
  await expect(page.getByTestId('node-api-1')).toHaveClass(/is-selected/);
  const canvas = page.getByTestId('topology').locator('svg.topology-svg');
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('no canvas');
  await page.mouse.click(box.x + 8, box.y + box.height - 8);
  await expect(page.getByTestId('analysis-drawer')).toHaveCount(0);
  await expect(page.getByTestId('node-api-1')).not.toHaveClass(/is-selected/);
});
