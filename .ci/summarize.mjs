#!/usr/bin/env node
/**
 * Adds up one CI run: typecheck and lint count as one test each, then Vitest's and
 * Playwright's JSON reports (a missing or unreadable report counts as one failure of
 * that stage). Prints a line per stage, then, as the very last line,
 * `N passed, N failed` (`, N skipped` when some were skipped).
 * Exit status: 1 on any failure, on a failing `npm test`, or when no test ran.
 *
 * Usage: node .ci/summarize.mjs [--reports DIR] [--npm-test-status N]
 *                               [--typecheck pass|fail] [--lint pass|fail]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** @typedef {{ passed: number, failed: number, skipped: number, note?: string }} Counts */

/** @returns {Counts} */
const check = (status) =>
  status === 'pass'
    ? { passed: 1, failed: 0, skipped: 0 }
    : { passed: 0, failed: 1, skipped: 0, note: status === 'fail' ? 'failed' : 'not run' };

function readJson(path) {
  try {
    return { data: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** Vitest: per-test counts, plus files that failed outside any test (import errors…). @returns {Counts} */
export function fromVitest(report) {
  const n = (key) => (Number.isFinite(report[key]) ? report[key] : 0);
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  const brokenFiles = files.filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  let failed = n('numFailedTests') + brokenFiles;
  if (report.success === false && failed === 0) failed = 1; // e.g. an unhandled error
  return { passed: n('numPassedTests'), failed, skipped: n('numPendingTests') + n('numTodoTests') };
}

/** Playwright: `stats`, plus top-level errors (no tests found, web server failed…). @returns {Counts} */
export function fromPlaywright(report) {
  const stats = report.stats ?? {};
  const n = (key) => (Number.isFinite(stats[key]) ? stats[key] : 0);
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  return {
    passed: n('expected') + n('flaky'),
    failed: n('unexpected') + errors,
    skipped: n('skipped'),
    ...(errors > 0 ? { note: `${errors} run error(s): ${report.errors[0]?.message ?? ''}` } : {}),
  };
}

/** @returns {Counts} */
function fromReport(path, read) {
  const { data, error } = readJson(path);
  if (error !== undefined)
    return { passed: 0, failed: 1, skipped: 0, note: `no report (${error})` };
  return read(data);
}

function main() {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: '.reports' },
      'npm-test-status': { type: 'string', default: '0' },
      typecheck: { type: 'string', default: 'unknown' },
      lint: { type: 'string', default: 'unknown' },
    },
  });
  const stages = {
    typecheck: check(values.typecheck),
    lint: check(values.lint),
    unit: fromReport(join(values.reports, 'vitest.json'), fromVitest),
    e2e: fromReport(join(values.reports, 'playwright.json'), fromPlaywright),
  };
  const npmTestStatus = Number(values['npm-test-status']);
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, c] of Object.entries(stages)) {
    console.log(
      `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${c.note ? ` — ${c.note}` : ''}`,
    );
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  }
  if (npmTestStatus !== 0 && total.failed === 0) {
    console.log(
      `npm test exited with ${npmTestStatus} although every report passed: counted as a failure`,
    );
    total.failed += 1;
  }
  const ran = ['unit', 'e2e'].reduce((sum, k) => sum + stages[k].passed + stages[k].failed, 0);
  if (ran === 0) console.log('no unit or e2e test ran');
  const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
  console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
  return total.failed > 0 || npmTestStatus !== 0 || ran === 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.log(`summarize failed: ${error instanceof Error ? error.message : String(error)}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
}
