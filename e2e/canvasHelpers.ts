/** Mouse and keyboard steps for drawing on the topology canvas. */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The centre of an element on screen. */
export async function centreOf(page: Page, testId: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId(testId).boundingBox();
  if (box === null) throw new Error(`${testId} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drag a palette item onto the canvas at (x, y) relative to the canvas' top-left corner. */
export async function dropFromPalette(
  page: Page,
  kind: string,
  x: number,
  y: number,
): Promise<void> {
  await page
    .getByTestId(`palette-${kind}`)
    .dragTo(page.getByTestId('topology'), { targetPosition: { x, y } });
}

/** Press the mouse at `from`, move in steps to `to`, release. */
export async function mouseDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/** Drag from node `from`'s connect handle onto node `to`. */
export async function connectByMouse(page: Page, from: string, to: string): Promise<void> {
  await page.getByTestId(`node-${from}`).hover();
  await mouseDrag(page, await centreOf(page, `handle-${from}`), await centreOf(page, `node-${to}`));
}

/** Start from an empty canvas. */
export async function newCanvas(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('canvas-new').click();
  await expect(page.getByTestId('canvas-empty')).toBeVisible();
}
