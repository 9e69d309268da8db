import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readClockSeconds, runToEnd, stepUntil, topologyNodes } from './helpers.ts';

/** Click a node on the canvas (selects it and opens the inspector). */
async function selectNode(page: Page, id: string): Promise<void> {
  await page.getByTestId(`node-${id}`).click();
  await expect(page.getByTestId('inspector-title')).toHaveText(id);
}

/** Connect the selected node to `to` through the inspector's "Add edge to…" select. */
async function connectTo(page: Page, to: string): Promise<void> {
  await page.getByTestId('connect-select').selectOption(to);
}

test.describe('palette, inspector and the new kinds', () => {
  test('adds a cache and a database, connects them, refuses a bad value, undoes and redoes', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(topologyNodes(page)).toHaveCount(5);

    await selectNode(page, 'api-1');
    await page.getByTestId('palette-cache').click();
    await expect(page.getByTestId('inspector-title')).toHaveText('cache-1');
    await page.getByTestId('palette-database').click();
    await expect(page.getByTestId('inspector-title')).toHaveText('db-1');
    await expect(topologyNodes(page)).toHaveCount(7);
    // Not finished yet: the cache has no backing store.
    await expect(page.getByTestId('unfinished')).toContainText('has no backing store');

    // A client receives no calls: offered, but disabled with the reason.
    await selectNode(page, 'api-1');
    const clientOption = page.getByTestId('connect-select').locator('option[value="users"]');
    await expect(clientOption).toBeDisabled();
    await expect(clientOption).toContainText('client');
    await connectTo(page, 'cache-1');
    await selectNode(page, 'cache-1');
    await connectTo(page, 'db-1');
    await expect(page.getByTestId('edge-cache-1-db-1')).toBeAttached();
    await expect(page.getByTestId('unfinished')).toHaveCount(0);

    // A strategy select explains itself.
    await expect(page.getByTestId('explanation-eviction')).toContainText('Least recently used');

    // An invalid value shows the path-qualified message and is not applied.
    const capacity = page.getByTestId('field-capacity');
    await capacity.fill('0');
    await expect(page.getByTestId('field-error')).toContainText('nodes[5].capacity');
    await page.screenshot({ path: testInfo.outputPath('invalid-capacity.png') });
    await selectNode(page, 'db-1');
    await selectNode(page, 'cache-1');
    await expect(page.getByTestId('field-capacity')).toHaveValue('1000');

    // A valid value is applied; undo and redo (buttons and keyboard) bring states back.
    await page.getByTestId('field-capacity').fill('250');
    await expect(page.getByTestId('field-error')).toHaveCount(0);
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('field-capacity')).toHaveValue('1000');
    await page.getByTestId('redo-button').click();
    await expect(page.getByTestId('field-capacity')).toHaveValue('250');
    await page.getByTestId('inspector-title').click(); // focus out of the input
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.getByTestId('field-capacity')).toHaveValue('1000');
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(page.getByTestId('field-capacity')).toHaveValue('250');

    // Delete the edge, then the database; undo restores the database.
    await page.getByRole('button', { name: 'Delete edge cache-1 → db-1' }).click();
    await expect(page.getByTestId('edge-cache-1-db-1')).toHaveCount(0);
    await selectNode(page, 'db-1');
    await page.getByTestId('delete-node').click();
    await expect(topologyNodes(page)).toHaveCount(6);
    await page.getByTestId('undo-button').click();
    await expect(topologyNodes(page)).toHaveCount(7);
    await page.screenshot({ path: testInfo.outputPath('edited-default.png') });
  });

  test('the full-stack preset runs: cache hit ratio and shard shares', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByTestId('preset-select').selectOption('full-stack');
    await expect(topologyNodes(page)).toHaveCount(12);
    // Edges kept across the preset switch (lb → api-1, which runs up and right)
    // are redrawn at their new ends: the line's upper-right corner touches api-1.
    const line = await page
      .getByTestId('edge-lb-api-1')
      .locator('line.topology-edge')
      .boundingBox();
    const box = await page.getByTestId('node-api-1').boundingBox();
    if (line === null || box === null) throw new Error('edge or node not drawn');
    expect(line.x + line.width).toBeGreaterThan(box.x - 4);
    expect(line.x + line.width).toBeLessThan(box.x + box.width);
    expect(line.y).toBeGreaterThan(box.y - 4);
    expect(line.y).toBeLessThan(box.y + box.height + 4);
    await runToEnd(page);

    await selectNode(page, 'cache');
    const hitRatio = page.getByTestId('detail-hit-ratio');
    await expect(hitRatio).toHaveText(/\d+%/);
    expect(Number.parseFloat((await hitRatio.textContent()) ?? '0')).toBeGreaterThan(0);

    await selectNode(page, 'router');
    const bars = page.getByTestId('share-bars');
    await expect(bars.locator('li')).toHaveCount(4);
    await expect(page.getByTestId('imbalance')).toHaveText(/\d+%/);
    await expect(page.getByTestId('summary-cache-hitRatio')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('full-stack-finished.png') });
  });

  test('a crashed node is drawn down; an edit during a run restarts it', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000); // ~35 single steps on a slow machine
    await page.goto('/');
    await selectNode(page, 'api-2');
    await page.getByTestId('add-crash').click(); // at 30 s for 30 s (a quarter of the run each)
    // Step into the crash window by window: the same on a fast or a slow machine.
    await page.getByTestId('step-button').click();
    await expect(page.getByTestId('run-status')).toHaveText('Paused');
    // The notice tells the truth about a paused run.
    const notice = page.getByTestId('run-edit-notice');
    await expect(notice).toHaveAttribute('data-status', 'paused');
    await expect(notice).toContainText('The run is paused.');
    await expect(notice).not.toContainText('in progress');
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('paused-notice.png') });
    expect(await stepUntil(page, async () => (await readClockSeconds(page)) > 33, 40)).toBe(true);
    const node = page.getByTestId('node-api-2');
    await expect(node).toHaveClass(/is-down/);
    await expect(node).toHaveAttribute('aria-label', /: down$/);
    await expect(page.getByTestId('node-row-api-2')).toContainText('down');
    await page.screenshot({ path: testInfo.outputPath('crashed-node.png') });

    // Paused: an edit of a field that cannot change live (the weight) stops the
    // run (it was not running, so it stays stopped). Workers would change it live.
    const before = await readClockSeconds(page);
    expect(before).toBeGreaterThan(33);
    await page.getByTestId('field-weight').fill('3');
    await expect(page.getByTestId('run-status')).toHaveText('Ready');
    await expect(notice).toHaveCount(0);
    await expect(page.getByTestId('sim-clock')).toContainText('t = 0.0 s');

    // Running: such an edit restarts the run from 0 s with the change.
    await page.getByTestId('run-button').click();
    await expect(notice).toContainText('A run is in progress.');
    await expect.poll(() => readClockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(20);
    await page.getByTestId('field-weight').fill('2');
    await expect.poll(() => readClockSeconds(page), { timeout: 5_000 }).toBeLessThan(20);
    await expect(page.getByTestId('run-status')).toHaveText('Running');
  });
});
