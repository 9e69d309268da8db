/**
 * The simulation worker's throughput in Chromium at "as fast as possible".
 * Starts Vite's dev server, opens bench/worker.html in headless Chromium (Debian's),
 * and prints requests per wall second. Writes `.reports/bench-worker.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { launchChromium } from './browser.ts';

const server = await createServer({ server: { port: 5199, strictPort: true }, logLevel: 'error' });
await server.listen();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto('http://localhost:5199/bench/worker.html');
  await page.waitForFunction(() => 'benchResults' in window, null, { timeout: 300_000 });
  const results = await page.evaluate(
    () => (window as unknown as { benchResults: unknown }).benchResults,
  );
  const version = browser.version();
  for (const r of results as {
    name: string;
    requestsPerSec: number;
    requests: number;
    wallMs: number;
    maxBatchesPerSec: number;
  }[]) {
    console.log(
      `worker in Chromium ${version}: ${r.name.padEnd(18)} ${Math.round(r.requestsPerSec).toLocaleString('en-US').padStart(11)} req/s  (${r.requests.toLocaleString('en-US')} requests in ${r.wallMs.toFixed(0)} ms; at most ${r.maxBatchesPerSec} batches in any wall second)`,
    );
  }
  mkdirSync('.reports', { recursive: true });
  writeFileSync(
    '.reports/bench-worker.json',
    JSON.stringify({ date: new Date().toISOString(), chromium: version, results }, null, 2),
  );
} finally {
  await browser.close();
  await server.close();
}
