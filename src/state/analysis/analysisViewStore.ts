/**
 * Whether the analysis drawer is open, which of its tabs shows, and which
 * sampled request's trace is open. `openTrace` is the door other views (the
 * canvas's animated dots, the slow-request list) use to show one request.
 */
import { create } from 'zustand';

export const ANALYSIS_TABS = ['compare', 'theory', 'debrief', 'traces', 'export'] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

export interface AnalysisViewState {
  readonly open: boolean;
  readonly tab: AnalysisTab;
  /** The request whose span waterfall is shown, or null for the slow-request list alone. */
  readonly traceRequestId: number | null;
  openTab(tab: AnalysisTab): void;
  close(): void;
  toggle(): void;
  /** Open the drawer on the trace of one sampled request. */
  openTrace(requestId: number): void;
  closeTrace(): void;
}

type AnalysisViewData = Pick<AnalysisViewState, 'open' | 'tab' | 'traceRequestId'>;

export const initialAnalysisViewData: AnalysisViewData = {
  open: false,
  tab: 'compare',
  traceRequestId: null,
};

export const useAnalysisViewStore = create<AnalysisViewState>()((set) => ({
  ...initialAnalysisViewData,
  openTab: (tab) => set({ open: true, tab }),
  close: () => set({ open: false }),
  toggle: () => set((s) => ({ open: !s.open })),
  openTrace: (traceRequestId) => set({ open: true, tab: 'traces', traceRequestId }),
  closeTrace: () => set({ traceRequestId: null }),
}));

export const selectAnalysisOpen = (s: AnalysisViewState): boolean => s.open;
export const selectAnalysisTab = (s: AnalysisViewState): AnalysisTab => s.tab;
export const selectTraceRequestId = (s: AnalysisViewState): number | null => s.traceRequestId;
