/**
 * Render counters for measuring how often parts of the page re-render (the
 * chart refresh benchmark and the "a batch does not re-render the app" e2e
 * test). Off unless the page was opened with `?renderCounts` in its query:
 * then `window.__distsimRenderCounts` holds one count per counted component,
 * incremented each time it renders. Off, a count is one comparison.
 */

/** The components counted: the page's top-level parts and the open dashboard tab (the charts). */
export type CountedPart =
  | 'App'
  | 'Toolbar'
  | 'EditorPanel'
  | 'TopologyView'
  | 'FaultTimeline'
  | 'SummaryPanel'
  | 'Dashboard'
  | 'DashboardCharts'
  | 'SimClock';

/** The page's top-level parts: a batch of metrics re-renders none of them (only the charts and the clock). */
export const TOP_LEVEL_PARTS: readonly CountedPart[] = [
  'App',
  'Toolbar',
  'EditorPanel',
  'TopologyView',
  'FaultTimeline',
  'SummaryPanel',
  'Dashboard',
];

/** Renders per part since the page loaded. */
export type RenderCounts = Partial<Record<CountedPart, number>>;

declare global {
  interface Window {
    __distsimRenderCounts?: RenderCounts;
  }
}

/** Whether a page query asks for render counts (`?renderCounts`, `?renderCounts=1`; not `=0`). */
export function isRenderCountQuery(search: string): boolean {
  const value = new URLSearchParams(search).get('renderCounts');
  return value !== null && value !== '0' && value !== 'false';
}

function createCounts(): RenderCounts | null {
  if (typeof window === 'undefined' || !isRenderCountQuery(window.location.search)) return null;
  const counts: RenderCounts = {};
  window.__distsimRenderCounts = counts;
  return counts;
}

const counts = createCounts();

/** Count one render of `part` (call it in the component's body); nothing when counting is off. */
export function countRender(part: CountedPart): void {
  if (counts !== null) counts[part] = (counts[part] ?? 0) + 1;
}
