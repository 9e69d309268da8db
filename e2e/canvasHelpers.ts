/** Mouse and keyboard steps for drawing on the topology canvas. */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { DOT_STYLES, OUTBOUND_FILL } from '../src/ui/canvas/dotStyles.ts';

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

/** A request dot as drawn now: where (client px), its request and outcome, and the colour at its centre. */
export interface PaintedDot {
  readonly clientX: number;
  readonly clientY: number;
  readonly requestId: number;
  readonly outcome: string;
  readonly returning: boolean;
  /** `rgb(r,g,b)` of the dot layer's pixel at the dot's centre. */
  readonly painted: string;
}

/** The dots on the canvas's dot layer (its `readDots()`), each with the pixel painted at its centre. */
export async function readPaintedDots(page: Page): Promise<PaintedDot[]> {
  return page.getByTestId('request-dots').evaluate((element) => {
    type Listed = Omit<PaintedDot, 'painted'>;
    const canvas = element as HTMLCanvasElement & { readDots?: () => Listed[] };
    const ctx = canvas.getContext('2d');
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    return (canvas.readDots?.() ?? []).map((d) => {
      const x = Math.round((d.clientX - box.left) * ratio);
      const y = Math.round((d.clientY - box.top) * ratio);
      const [r, g, b] = ctx?.getImageData(x, y, 1, 1).data ?? [];
      return { ...d, painted: `rgb(${r},${g},${b})` };
    });
  });
}

/** The colour a dot's centre should have: its outcome's colour coming back, white going out. */
export function getCentreColour(dot: PaintedDot): string {
  const style = DOT_STYLES[dot.outcome as keyof typeof DOT_STYLES];
  const hex = dot.returning ? style.color : OUTBOUND_FILL;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}
