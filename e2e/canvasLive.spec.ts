import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { connectByMouse, dropFromPalette, newCanvas, readPaintedDots } from './canvasHelpers.ts';
import { readClockSeconds, setSpeed, stepUntil } from './helpers.ts';

const dotCount = async (page: Page): Promise<number> =>
  Number((await page.getByTestId('request-dots').getAttribute('data-count')) ?? 0);

test.describe('live state on the canvas', () => {
  test('a drawn chain runs with request dots and badges; a right-click crash shows the node down', async ({
    page,
  }) => {
    await newCanvas(page);
    await dropFromPalette(page, 'client', 90, 200);
    await dropFromPalette(page, 'load-balancer', 280, 200);
    await dropFromPalette(page, 'service', 420, 110);
    await dropFromPalette(page, 'service', 420, 290);
    await connectByMouse(page, 'users-1', 'lb-1');
    await connectByMouse(page, 'lb-1', 'api-1');
    await connectByMouse(page, 'lb-1', 'api-2');
    await setSpeed(page, '1');
    await page.getByTestId('run-button').click();
    // The sample spreads over each simulated second; at ×1 the dots come one at a time.
    // Successful calls' dots, painted in their colours: white with a green ring going out, green coming back.
    const okPainted = async () =>
      (await readPaintedDots(page)).filter(
        (d) =>
          d.outcome === 'ok' && d.painted === (d.returning ? 'rgb(0,158,115)' : 'rgb(255,255,255)'),
      ).length;
    await expect.poll(okPainted, { timeout: 15_000, intervals: [50] }).toBeGreaterThan(0);
    await expect(page.getByTestId('node-lb-1').locator('[data-badge="healthy"]')).toContainText(
      '2/2',
    );
    await page.screenshot({ path: '/tmp/canvas-dots.png' });

    await page.getByTestId('node-api-2').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Crash for 10 s' }).click();
    await expect(page.getByTestId('node-api-2')).toHaveAttribute('aria-label', /down/i, {
      timeout: 10_000,
    });
    await expect(page.getByTestId('run-status')).toHaveText('Running');
    await expect(page.getByTestId('banner')).toHaveCount(0);
  });

  test('a retry storm opens a breaker: dashed edge with its tag; reduced motion swaps dots for thickness', async ({
    page,
  }) => {
    test.setTimeout(180_000); // ~35 single steps on a slow machine
    await page.goto('/');
    await page.getByTestId('preset-select').selectOption('retry-storm-breaker');
    // The slowdown starts at 30 s: step window by window so the 5 s open period is seen
    // however fast or slow this machine is.
    await page.getByTestId('step-button').click();
    await expect(page.getByTestId('run-status')).toHaveText('Paused');
    await page.getByTestId('live-legend').locator('summary').click();
    const open = page.locator('g[data-breaker="open"]');
    expect(await stepUntil(page, async () => (await open.count()) > 0, 40)).toBe(true);
    await expect(open.first().locator('.edge-breaker text')).toHaveText('⊘ open');
    await expect(page.locator('[data-badge="errors"]').first()).toBeVisible();
    await page.screenshot({ path: '/tmp/canvas-breaker.png' });
    await page.getByTestId('resume-button').click();

    await page.getByTestId('animate-toggle').uncheck();
    await expect.poll(() => dotCount(page)).toBe(0);
    // ~800 calls/s once the breaker has closed again: a thick line (an open breaker passes none).
    const maxWidth = async () =>
      Math.max(
        ...(await page
          .getByTestId('topology')
          .locator('line.topology-edge')
          .evaluateAll((lines) =>
            lines.map((l) => Number.parseFloat((l as SVGLineElement).style.strokeWidth)),
          )),
      );
    await expect.poll(maxWidth, { timeout: 15_000 }).toBeGreaterThan(5);
    expect(await readClockSeconds(page)).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/canvas-reduced.png' });
  });
});
