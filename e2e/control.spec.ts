import { expect, test, type Page } from '@playwright/test';
import { runToEnd, setSpeed } from './helpers.ts';

/** The instance count the canvas prints on a service (`41% ×3` → 3; no suffix → 1). */
async function canvasInstances(page: Page, id: string): Promise<number> {
  const label = (await page.getByTestId(`node-${id}`).getAttribute('aria-label')) ?? '';
  const match = /×(\d+)/.exec(label);
  return match?.[1] === undefined ? 1 : Number(match[1]);
}

test.describe('autoscaling, alert rules and chaos mode', () => {
  test('the autoscaling preset: instances change on the canvas while the alert log fills', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/');
    await page.getByTestId('preset-select').selectOption('autoscaling-spike');
    await expect(page.getByTestId('alert-log-empty')).toContainText('Run the scenario');
    await setSpeed(page, '100');
    await page.getByTestId('run-button').click();
    // The autoscaler adds instances after the first rise (2 → 4 at 50 s, serving from 70 s) …
    await expect.poll(() => canvasInstances(page, 'api'), { timeout: 30_000 }).toBeGreaterThan(2);
    // … and the spike fires the guide's error-rate rules, which scale api up at once.
    const log = page.getByTestId('alert-log');
    await expect(log.locator('[data-testid="alert-row"][data-state="firing"]').first()).toBeVisible(
      {
        timeout: 30_000,
      },
    );
    await expect(log).toContainText('error-rate-scale-up@api');
    await expect(log).toContainText(/scale api: \d+ → \d+ instances/);
    await expect(log).toContainText(/scale-out \+\d+ \(ready at/);
    await page.getByTestId('alert-log').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/control-spike-running.png' });
    await expect(page.getByTestId('summary')).toBeVisible({ timeout: 60_000 });
    // A minute after its last change the autoscaler is back at its minimum of 2.
    await expect.poll(() => canvasInstances(page, 'api')).toBe(2);
    await expect(log).toContainText(/scale-in −\d+/);
    await expect(log.locator('[data-state="resolved"]').first()).toBeVisible();
    await expect(page.getByTestId('control-summary')).toContainText(
      /Whole run: \d+ of 4 rules fired \(\d+ times\) · \d+ scale-outs, \d+ scale-ins/,
    );
    // Every fired alert is marked on the time charts, with its severity.
    const throughput = page.getByTestId('throughput-chart');
    await expect(throughput.locator('.alert-marker').first()).toBeAttached();
    expect(await throughput.locator('.alert-marker').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('latency-chart').locator('.alert-marker').first()).toBeAttached();
    await page.screenshot({ path: '/tmp/control-spike-finished.png' });
  });

  test('the guide’s rules in one click: listed, undoable, kept in the link; a bad threshold is refused', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('alert-log-empty')).toContainText('no alert rules');
    await page.getByTestId('editor-tab-rules').click();
    await expect(page.getByTestId('rules-empty')).toBeVisible();
    await page.getByTestId('add-guide-rules').click();
    await expect(page.getByTestId('editor-tab-rules')).toHaveText('Rules (11)');
    const first = page.getByTestId('rule-card-0');
    await expect(first.locator('legend')).toHaveText('lb-healthy-targets@lb');
    await expect(page.getByTestId('rule-card-1').locator('legend')).toHaveText('error-rate@api-1');
    await expect(page.getByTestId('rule-1-summary')).toHaveText(
      'errorRate > 10% on api-1 · critical',
    );
    await page.getByTestId('rule-1-summary').click();
    await expect(page.getByTestId('field-rules.1.metric')).toHaveValue('errorRate');
    await page.screenshot({ path: '/tmp/control-guide-rules.png' });

    // A share above 1 is refused with the format's path-qualified message; the rule keeps 0.1.
    await page.getByTestId('field-rules.1.threshold').fill('10');
    await expect(page.getByTestId('rule-card-1')).toContainText(
      'rules[1].threshold: errorRate is a share from 0 to 1',
    );
    await page.getByTestId('field-rules.1.threshold').fill('0.05');
    await expect(page).toHaveURL(/#s=/);

    // The link carries the rules: a reload restores them.
    await page.reload();
    await page.getByTestId('editor-tab-rules').click();
    await expect(page.getByTestId('editor-tab-rules')).toHaveText('Rules (11)');
    await expect(page.getByTestId('rule-1-summary')).toHaveText(
      'errorRate > 5.0% on api-1 · critical',
    );

    // Delete a rule, and undo it.
    await page.getByTestId('rule-1-summary').click();
    await page.getByTestId('rule-1-delete').click();
    await expect(page.getByTestId('editor-tab-rules')).toHaveText('Rules (10)');
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('editor-tab-rules')).toHaveText('Rules (11)');

    // A new rule of one's own, with an action, then run: its alert shows up in the log.
    await page.getByTestId('add-rule').click();
    const mine = page.getByTestId('rule-card-11');
    await expect(mine.locator('legend')).toHaveText('rule-12');
    await page.getByTestId('field-rules.11.metric').selectOption('utilization');
    await page.getByTestId('field-rules.11.threshold').fill('0.01');
    await page.getByTestId('rule-11-add-scale').click();
    await expect(page.getByTestId('field-rules.11.actions.0.factor')).toHaveValue('1.5');
    await page.screenshot({ path: '/tmp/control-own-rule.png' });
    await runToEnd(page);
    const log = page.getByTestId('alert-log');
    await expect(log).toContainText('rule-12');
    await expect(log).toContainText(/scale api-1: 1 → 2 instances/);
  });

  test('chaos mode: seeded faults appear in the log and the recovery table, the same ones every run', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByTestId('editor-tab-chaos').click();
    await page.getByTestId('chaos-enabled').check();
    await expect(page.getByTestId('editor-tab-chaos')).toHaveText('Chaos (on)');
    await page.getByTestId('field-chaos.meanTimeBetweenFailuresMs').fill('20000');
    await page.getByTestId('field-chaos.meanTimeToRepairMs').fill('3000');
    await runToEnd(page);
    const rows = page.getByTestId('recovery-row');
    await expect(rows.first()).toContainText('chaos');
    const firstRun = await rows.allTextContents();
    expect(firstRun.length).toBeGreaterThan(3);
    await expect(page.getByTestId('alert-log')).toContainText('chaos mode');
    await page.getByTestId('recovery-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/control-chaos.png' });
    await page.getByTestId('run-button').click();
    await expect(page.getByTestId('summary')).toBeVisible({ timeout: 60_000 });
    await expect(rows.first()).toBeVisible();
    expect(await rows.allTextContents()).toEqual(firstRun);
    // Another chaos seed, other faults.
    await page.getByTestId('field-chaos.seed').fill('7');
    await runToEnd(page);
    await expect(rows.first()).toBeVisible();
    expect(await rows.allTextContents()).not.toEqual(firstRun);
  });

  test('the service inspector switches autoscaling on; a bound out of range is refused by path', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByTestId('node-api-1').click();
    await page.getByTestId('field-autoscaling').check();
    await expect(page.getByTestId('field-autoscaling.startupDelayMs')).toHaveAttribute(
      'placeholder',
      'default 30000',
    );
    await page.getByTestId('field-autoscaling.minInstances').fill('3');
    await expect(page.getByTestId('inspector')).toContainText(
      "autoscaling.minInstances: must be at most the service's instances (1) (got 3)",
    );
    await page.getByTestId('field-autoscaling.maxInstances').fill('4');
    await page.getByTestId('field-autoscaling.targetUtilization').fill('0.5');
    await page.getByTestId('field-autoscaling.maxInstances').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/control-inspector.png' });
    await expect(page).toHaveURL(/#s=/);
  });
});
