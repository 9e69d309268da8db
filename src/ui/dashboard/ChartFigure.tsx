import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { selectStatus, useRunStore } from '../../state/runStore.ts';
import { ChartTitle } from './ChartTitle.tsx';
import { useInView } from './useInView.ts';

/**
 * The chart to draw: the new one, except while a run is running and the panel
 * is scrolled out of view — then the last one drawn. Handing React the same
 * element skips the whole chart subtree, so charts nobody can see cost no
 * main-thread time at 10 updates a second; scrolled back into view (or when
 * the run pauses or ends) the chart catches up at once.
 */
function useChartWhileVisible(ref: RefObject<Element | null>, chart: ReactNode): ReactNode {
  const inView = useInView(ref);
  const running = useRunStore(selectStatus) === 'running';
  const [drawn, setDrawn] = useState(chart);
  const live = inView || !running;
  if (live && drawn !== chart) setDrawn(chart); // remember it (React's "previous render" pattern)
  return live ? chart : drawn;
}

/** A dashboard panel: title (with its unit), the chart, and a centred note when there is nothing to draw yet. */
export function ChartFigure({
  title,
  testId,
  note,
  footer,
  points,
  children,
}: {
  readonly title: ReactNode;
  readonly testId: string;
  /** How many points the chart draws (exposed as `data-points`, for tests and tools). */
  readonly points?: number;
  /** Shown over the chart, e.g. "Press Run to stream live metrics"; null when the chart has data. */
  readonly note: string | null;
  readonly footer?: ReactNode;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  const chart = useChartWhileVisible(ref, children);
  return (
    <figure ref={ref} className="chart" data-testid={testId} data-points={points}>
      <ChartTitle>{title}</ChartTitle>
      {chart}
      {note !== null && <p className="chart-empty">{note}</p>}
      {footer}
    </figure>
  );
}

/** Why a panel is not shown for this scenario, in one short line. */
export function PanelNote({
  testId,
  children,
}: {
  readonly testId: string;
  readonly children: ReactNode;
}) {
  return (
    <p className="panel-note" data-testid={testId}>
      {children}
    </p>
  );
}

/** The note for a chart without windows yet. */
export const RUN_NOTE = 'Press Run to stream live metrics';
