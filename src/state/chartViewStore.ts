/** The dashboard's time window and smoothing, shared by every time chart. */
import { create } from 'zustand';
import type { ChartView, ChartWindow } from './chartView.ts';

export interface ChartViewState extends ChartView {
  setWindow(window: ChartWindow): void;
  setSmoothed(smoothed: boolean): void;
}

/** The whole run, unsmoothed: what the charts showed before there was a choice. */
export const initialChartViewData: ChartView = { window: 'all', smoothed: false };

export const useChartViewStore = create<ChartViewState>()((set) => ({
  ...initialChartViewData,
  setWindow: (window) => set({ window }),
  setSmoothed: (smoothed) => set({ smoothed }),
}));

export const selectChartWindow = (s: ChartViewState): ChartWindow => s.window;
export const selectSmoothed = (s: ChartViewState): boolean => s.smoothed;
