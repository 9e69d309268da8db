import { expect, test } from '@playwright/test';
import defaultJson from '../src/scenario/fixtures/default.json' with { type: 'json' };
import { encodeScenarioToHash } from '../src/scenario/urlCodec.ts';
import { validateScenario } from '../src/scenario/validate.ts';
import { runToEnd } from './helpers.ts';

/** The default scenario with a crash and two SLOs, as a shared link would carry it. */
function scenarioHash(): string {
  const result = validateScenario({
    ...defaultJson,
    durationMs: 60_000,
    faults: [{ type: 'crash', target: 'api-1', atMs: 20_000, durationMs: 10_000 }],
    slos: [
      { metric: 'p99', threshold: 2000, name: 'p99 under 2 s' },
      { metric: 'availability', threshold: 0.999 },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return encodeScenarioToHash(result.scenario);
}

test('debrief after a run with a crash: SLO verdicts, failures by cause, the fault', async ({
  page,
}, testInfo) => {
  await page.goto(`/${scenarioHash()}`);
  await runToEnd(page);
  await expect(page.getByTestId('debrief-ready')).toBeVisible();
  await page.getByTestId('analysis-button').click();
  await expect(page.getByTestId('debrief')).toBeVisible();

  await expect(page.getByTestId('debrief-headline')).toHaveText(
    '1 of 2 objectives missed: availability ≥ 99.9 %.',
  );
  await expect(page.getByTestId('debrief-slo-0')).toContainText('✓');
  await expect(page.getByTestId('debrief-slo-0')).toContainText('Met: p99 latency was');
  await expect(page.getByTestId('debrief-slo-1')).toContainText('✗');
  await expect(page.getByTestId('debrief-slo-1')).toContainText('Missed: availability was');
  await expect(page.getByTestId('debrief-failures')).toContainText('node-down');
  await expect(page.getByTestId('debrief-faults')).toContainText('crash api-1');
  await expect(page.getByTestId('debrief-no-alerts')).toBeVisible();
  // The error rate agrees with the run summary's counts.
  const failed = Number(
    (await page.getByTestId('summary-failed').textContent())?.replace(/,/g, ''),
  );
  const succeeded = Number(
    (await page.getByTestId('summary-succeeded').textContent())?.replace(/,/g, ''),
  );
  const shown = Number.parseFloat(
    (await page.getByTestId('debrief-error-rate').textContent()) ?? '',
  );
  expect(failed).toBeGreaterThan(0);
  expect(shown).toBeCloseTo((100 * failed) / (failed + succeeded), 2);
  await page.screenshot({ path: testInfo.outputPath('debrief.png') });
  await page.screenshot({ path: '/tmp/analysis-debrief.png' });
});
