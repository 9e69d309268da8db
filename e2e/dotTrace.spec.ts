import { expect, test } from '@playwright/test';
import { getCentreColour, readPaintedDots } from './canvasHelpers.ts';
import { setSpeed } from './helpers.ts';

test('clicking a request dot opens that request as a span waterfall', async ({ page }) => {
  await page.goto('/');
  await setSpeed(page, '10'); // the default scenario: 120 s, so 12 s of wall time
  await page.getByTestId('run-button').click();
  const shown = () => readPaintedDots(page);
  await expect.poll(async () => (await shown()).length, { timeout: 20_000 }).toBeGreaterThan(3);
  await page.getByTestId('pause-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Paused');

  // Paused, the dots come to rest (half the playback lag behind the run) and stay there.
  await expect
    .poll(async () => {
      const before = JSON.stringify(await shown());
      await page.waitForTimeout(200);
      return before === JSON.stringify(await shown());
    })
    .toBe(true);
  // The dot farthest from any other, so the click cannot be meant for a neighbour.
  const dots = await shown();
  const gap = dots.map((a, i) =>
    Math.min(
      ...dots
        .filter((_, j) => j !== i)
        .map((b) => Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY)),
    ),
  );
  const dot = dots[gap.indexOf(Math.max(...gap))];
  if (dot === undefined) throw new Error('no dot');
  // Painted where it is listed: its centre has the fill of its direction.
  expect(dot.painted).toBe(getCentreColour(dot));
  // A little off centre: the hit area is larger than the dot.
  await page.mouse.click(dot.clientX + 4, dot.clientY + 3);
  const requestId = String(dot.requestId);

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
