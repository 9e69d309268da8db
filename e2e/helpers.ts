/** Shared steps for the app's Playwright specs. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The simulated time the clock shows, in seconds (`t = 12.0 s / 120 s` → 12). */
export async function readClockSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-clock').textContent()) ?? '';
  const match = /t = ([\d.]+) s/.exec(text);
  if (!match?.[1]) throw new Error(`unexpected clock text: ${text}`);
  return Number(match[1]);
}

/** Node groups drawn in the topology canvas. */
export function topologyNodes(page: Page): Locator {
  return page.getByTestId('topology').locator('g[data-testid^="node-"]');
}

/** Choose a speed by its option value: '0.1' … '1000' or 'max'. */
export async function setSpeed(page: Page, value: string): Promise<void> {
  await page.getByTestId('speed-select').selectOption(value);
}

/** Run the open scenario as fast as possible and wait for the summary. */
export async function runToEnd(page: Page): Promise<void> {
  await setSpeed(page, 'max');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('summary')).toBeVisible({ timeout: 60_000 });
}

/** Highest utilization (0..100) shown in the node table. */
export async function maxTableUtilization(page: Page): Promise<number> {
  const cells = await page.locator('[data-testid^="utilization-"]').allTextContents();
  const values = cells.map((c) => Number.parseFloat(c)).filter((v) => Number.isFinite(v));
  return Math.max(0, ...values);
}

/** The numbers of the run summary, keyed by their test id. */
export async function readSummary(page: Page): Promise<Record<string, string>> {
  const items = page.getByTestId('summary').locator('[data-testid^="summary-"]');
  const out: Record<string, string> = {};
  for (const item of await items.all()) {
    const id = await item.getAttribute('data-testid');
    if (id) out[id] = (await item.textContent()) ?? '';
  }
  return out;
}

/**
 * While paused, step one metrics window at a time until `done()` holds (or
 * `maxSteps` windows have passed). Independent of how fast the machine is.
 */
export async function stepUntil(
  page: Page,
  done: () => Promise<boolean>,
  maxSteps: number,
): Promise<boolean> {
  for (let i = 0; i < maxSteps; i++) {
    if (await done()) return true;
    const before = await readClockSeconds(page);
    await page.getByTestId('step-button').click();
    await expect.poll(() => readClockSeconds(page), { timeout: 10_000 }).not.toBe(before);
  }
  return done();
}
