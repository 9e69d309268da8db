import { useRef, type ReactNode } from 'react';
import { ChartTitle } from './ChartTitle.tsx';
import { useDrawnWhileVisible } from './useDrawnWhileVisible.ts';

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
  const chart = useDrawnWhileVisible(ref, children);
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
