import type { ChartWindow } from '../../state/chartView.ts';
import { CHART_WINDOWS, SMOOTHING_POINTS } from '../../state/chartView.ts';
import {
  selectChartWindow,
  selectSmoothed,
  useChartViewStore,
} from '../../state/chartViewStore.ts';

const isChartWindow = (v: string): v is ChartWindow => CHART_WINDOWS.some((w) => w.id === v);

/** The time window (whole run, last 60 s, last 10 s of simulated time) and the smoothing switch for every time chart. */
export function ChartViewControls() {
  const window = useChartViewStore(selectChartWindow);
  const smoothed = useChartViewStore(selectSmoothed);
  return (
    <div className="chart-view-controls" data-testid="chart-view-controls">
      <label>
        Show{' '}
        <select
          value={window}
          data-testid="chart-window"
          onChange={(e) => {
            if (isChartWindow(e.target.value))
              useChartViewStore.getState().setWindow(e.target.value);
          }}
        >
          {CHART_WINDOWS.map((w) => (
            <option key={w.id} value={w.id}>
              {w.label}
            </option>
          ))}
        </select>
      </label>
      <label title={`Each point the mean of itself and the ${SMOOTHING_POINTS - 1} before it`}>
        <input
          type="checkbox"
          checked={smoothed}
          data-testid="chart-smoothing"
          onChange={(e) => useChartViewStore.getState().setSmoothed(e.target.checked)}
        />{' '}
        Smooth ({SMOOTHING_POINTS}-point average)
      </label>
    </div>
  );
}
