/** The in-page counting of the chart refresh benchmark (plain JavaScript text; see uiMeasure.ts for why). */
import type { Page } from '@playwright/test';

/**
 * Before the app loads: a stand-in for the React DevTools hook, which React
 * calls on every commit (production builds too), so `__distsimCommits` counts
 * every React commit of the page.
 */
export const COMMIT_COUNTER = `
  window.__distsimCommits = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => { window.__distsimCommits++; },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  };`;

/** One wall second: renders per counted part, React commits, and DOM mutation bursts under the charts. */
export interface SecondSample {
  readonly parts: Record<string, number>;
  readonly commits: number;
  readonly chartMutationBursts: number;
  readonly simTimeS: number;
}

/**
 * Runs in the page for `runMs`: every wall second, the increase of each
 * render count (`window.__distsimRenderCounts`, on with `?renderCounts`), of
 * React commits, and of MutationObserver callbacks on the dashboard's chart
 * area (one callback = one burst of DOM changes, i.e. one visible refresh).
 */
const SAMPLE = `(runMs) => new Promise((resolve) => {
  const body = document.querySelector('.dashboard-body');
  let bursts = 0;
  const observer = new MutationObserver(() => { bursts++; });
  if (body) observer.observe(body, { subtree: true, childList: true, attributes: true, characterData: true });
  const clock = () => Number((/t = ([\\d.]+) s/.exec(document.querySelector('[data-testid="sim-clock"]')?.textContent ?? '') ?? [])[1] ?? NaN);
  const snap = () => ({ parts: { ...(window.__distsimRenderCounts ?? {}) }, commits: window.__distsimCommits ?? 0, bursts });
  let last = snap();
  const samples = [];
  const timer = setInterval(() => {
    const now = snap();
    const parts = {};
    for (const k of Object.keys(now.parts)) parts[k] = now.parts[k] - (last.parts[k] ?? 0);
    samples.push({ parts, commits: now.commits - last.commits, chartMutationBursts: now.bursts - last.bursts, simTimeS: clock() });
    last = now;
  }, 1000);
  setTimeout(() => { clearInterval(timer); observer.disconnect(); resolve(samples); }, runMs + 50);
})`;

/** Sample the page for `runMs` of wall time, one sample per second. */
export async function sampleRefreshes(page: Page, runMs: number): Promise<SecondSample[]> {
  return page.evaluate<SecondSample[]>(`(${SAMPLE})(${runMs})`);
}

/** Max and mean over the samples of one per-second series. */
export function summarize(values: readonly number[]): { max: number; mean: number } {
  const max = values.length === 0 ? 0 : Math.max(...values);
  const mean = values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  return { max, mean: Math.round(mean * 10) / 10 };
}
