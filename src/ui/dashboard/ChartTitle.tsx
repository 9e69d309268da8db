import type { ReactNode } from 'react';
import { selectSmoothed, useChartViewStore } from '../../state/chartViewStore.ts';

/** A chart's caption (title with unit), marked "smoothed" while the charts show moving averages. */
export function ChartTitle({ children }: { readonly children: ReactNode }) {
  const smoothed = useChartViewStore(selectSmoothed);
  return (
    <figcaption className="chart-title">
      {children}
      {smoothed && (
        <span className="chart-smoothed" data-testid="smoothed-tag">
          {' '}
          · smoothed
        </span>
      )}
    </figcaption>
  );
}
