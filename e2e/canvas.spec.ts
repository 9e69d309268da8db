import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import {
  centreOf,
  connectByMouse,
  dropFromPalette,
  mouseDrag,
  newCanvas,
} from './canvasHelpers.ts';
import { runToEnd, topologyNodes } from './helpers.ts';

const edges = (page: Page) => page.getByTestId('topology').locator('g[data-testid^="edge-"]');

test.describe('the canvas as an editor', () => {
  test('builds client → load balancer → two services with the mouse, runs it, undoes and redoes', async ({
    page,
  }, testInfo) => {
    await newCanvas(page);
    await dropFromPalette(page, 'client', 90, 200);
    // The first drop stays at its natural size: no zooming in on a lone node.
    const client = await page.getByTestId('node-users-1').boundingBox();
    expect(client?.width ?? 0).toBeLessThan(90);
    await expect(page.getByTestId('canvas-empty')).toHaveCount(0);
    await dropFromPalette(page, 'load-balancer', 280, 200);
    await dropFromPalette(page, 'service', 420, 110);
    await dropFromPalette(page, 'service', 420, 290);
    await expect(topologyNodes(page)).toHaveCount(4);

    await connectByMouse(page, 'users-1', 'lb-1');
    await connectByMouse(page, 'lb-1', 'api-1');
    await connectByMouse(page, 'lb-1', 'api-2');
    await expect(edges(page)).toHaveCount(3);
    await expect(page.getByTestId('edge-lb-1-api-2')).toBeAttached();

    // Into a client: refused, with the format's reason.
    await connectByMouse(page, 'lb-1', 'users-1');
    await expect(edges(page)).toHaveCount(3);
    await expect(page.getByTestId('banner')).toContainText('client');
    await page.screenshot({ path: '/tmp/canvas-built.png' });
    await page.screenshot({ path: testInfo.outputPath('canvas-built.png') });

    // Moving a node is one undo step.
    const before = await centreOf(page, 'node-api-2');
    await mouseDrag(page, before, { x: before.x + 60, y: before.y + 40 });
    const after = await centreOf(page, 'node-api-2');
    expect(after.x - before.x).toBeGreaterThan(40);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(async () => (await centreOf(page, 'node-api-2')).x).toBeCloseTo(before.x, 0);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect.poll(async () => (await centreOf(page, 'node-api-2')).x).toBeCloseTo(after.x, 0);

    // Undo the last edge, redo it.
    await page.keyboard.press('ControlOrMeta+z');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(edges(page)).toHaveCount(2);
    await page.keyboard.press('ControlOrMeta+y');
    await expect(edges(page)).toHaveCount(3);

    await runToEnd(page);
    await expect(page.getByTestId('summary')).toBeVisible();
    await expect(page.getByTestId('banner')).not.toContainText('cannot be run');
  });

  test('selects with a box and shift-click, duplicates, copies, pastes and deletes', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(topologyNodes(page)).toHaveCount(5);
    await page.getByTestId('node-api-1').click();
    await page.getByTestId('node-api-2').click({ modifiers: ['Shift'] });
    await expect(page.locator('g.topology-node.is-selected')).toHaveCount(2);

    await page.keyboard.press('ControlOrMeta+d');
    await expect(topologyNodes(page)).toHaveCount(7);
    await page.keyboard.press('ControlOrMeta+c');
    await page.keyboard.press('ControlOrMeta+v');
    await expect(topologyNodes(page)).toHaveCount(9);
    await page.keyboard.press('Delete');
    await expect(topologyNodes(page)).toHaveCount(7);

    // Shift-drag a box around the three services on the right.
    const a = await centreOf(page, 'node-api-1');
    const c = await centreOf(page, 'node-api-3');
    await page.keyboard.down('Shift');
    await mouseDrag(page, { x: a.x - 80, y: a.y - 40 }, { x: c.x + 80, y: c.y + 40 });
    await page.keyboard.up('Shift');
    await expect(page.locator('g.topology-node.is-selected')).toHaveCount(3);
    await page.keyboard.press('Delete');
    await expect(topologyNodes(page)).toHaveCount(4);
    await page.getByTestId('undo-button').click();
    await expect(topologyNodes(page)).toHaveCount(7);
  });

  test('builds the same chain with the keyboard and edits a parameter', async ({ page }) => {
    await newCanvas(page);
    for (const kind of ['client', 'load-balancer', 'service']) {
      await page.getByTestId(`palette-${kind}`).focus();
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('node-lb-1').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('palette-service').focus();
    await page.keyboard.press('Enter');
    await expect(topologyNodes(page)).toHaveCount(4);

    const connect = async (from: string, to: string) => {
      await page.getByTestId(`node-${from}`).focus();
      await page.keyboard.press('c');
      await expect(page.getByTestId('canvas-status')).toContainText(`from ${from}`);
      await page.getByTestId(`node-${to}`).focus();
      await page.keyboard.press('Enter');
    };
    await connect('users-1', 'lb-1');
    await connect('lb-1', 'api-1');
    await connect('lb-1', 'api-2');
    await expect(edges(page)).toHaveCount(3);
    await expect(page.getByTestId('unfinished')).toHaveCount(0);

    await page.getByTestId('node-api-1').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('field-workers').fill('0');
    await expect(page.getByTestId('field-error')).toContainText('workers');
    await page.getByTestId('field-workers').fill('8');
    await expect(page.getByTestId('field-error')).toHaveCount(0);
    await runToEnd(page);
  });
});
