import { expect, test, type Page } from '@playwright/test';
import { TOP_LEVEL_PARTS } from '../src/ui/renderCounts.ts';
import { readClockSeconds, setSpeed } from './helpers.ts';

type Counts = Partial<Record<string, number>>;

/** Every React commit, counted through the DevTools hook (React calls it in production builds too). */
function installCommitCounter(): void {
  const w = window as unknown as {
    __distsimCommits: number;
    __REACT_DEVTOOLS_GLOBAL_HOOK__: object;
  };
  w.__distsimCommits = 0;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => void w.__distsimCommits++,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
}

async function readCounts(page: Page): Promise<{ parts: Counts; commits: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __distsimRenderCounts?: Counts; __distsimCommits: number };
    return { parts: { ...(w.__distsimRenderCounts ?? {}) }, commits: w.__distsimCommits };
  });
}

const delta = (after: Counts, before: Counts, part: string): number =>
  (after[part] ?? 0) - (before[part] ?? 0);

test('a batch of metrics re-renders the charts and the clock, not the app around them', async ({
  page,
}) => {
  await page.addInitScript(installCommitCounter);
  await page.goto('/?renderCounts=1');
  await page.getByTestId('preset-select').selectOption('retry-storm-breaker');
  await setSpeed(page, '10'); // 120 s of run: still running when the 3 s measure ends
  await page.getByTestId('run-button').click();
  // Measured after the preset's slow fault (30–33 s): its control events are not batches.
  await expect.poll(() => readClockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(36);
  const before = await readCounts(page);
  const t0 = await readClockSeconds(page);
  await page.waitForTimeout(3000);
  const after = await readCounts(page);
  const simSeconds = (await readClockSeconds(page)) - t0;
  console.log(JSON.stringify({ before, after, simSeconds }));

  // The run went on and the charts followed it, at most ~5 times a second.
  expect(simSeconds).toBeGreaterThan(10);
  expect(await page.getByTestId('run-status').textContent()).toBe('Running');
  const charts = delta(after.parts, before.parts, 'DashboardCharts');
  expect(charts).toBeGreaterThanOrEqual(10);
  expect(charts).toBeLessThanOrEqual(3000 / 200 + 3);
  expect(delta(after.parts, before.parts, 'SimClock')).toBeGreaterThanOrEqual(10);
  expect(after.commits - before.commits).toBeGreaterThanOrEqual(charts);
  for (const part of TOP_LEVEL_PARTS)
    expect.soft(delta(after.parts, before.parts, part), part).toBe(0);
});

test('without the query flag nothing is counted', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('app')).toBeVisible();
  expect(await page.evaluate(() => 'distsimRenderCounts' in window)).toBe(false);
  expect(
    await page.evaluate(
      () => (window as unknown as { __distsimRenderCounts?: unknown }).__distsimRenderCounts,
    ),
  ).toBeUndefined();
});
