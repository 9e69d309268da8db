/**
 * How the canvas behaves and looks, per person (not part of the scenario):
 * snapping to the grid, reduced motion (edge thickness instead of moving dots;
 * starts from the system's `prefers-reduced-motion`), and presenter mode.
 */
import { create } from 'zustand';

export interface CanvasSettingsState {
  readonly snapToGrid: boolean;
  readonly reducedMotion: boolean;
  /** Large text and lines, high contrast, side panels collapsed (key `P`). */
  readonly presenting: boolean;
  setSnapToGrid(on: boolean): void;
  setReducedMotion(on: boolean): void;
  togglePresenting(): void;
}

type CanvasSettingsData = Pick<CanvasSettingsState, 'snapToGrid' | 'reducedMotion' | 'presenting'>;

/** The state every test and a fresh page start from (the page then applies the system setting). */
export const initialCanvasSettings: CanvasSettingsData = {
  snapToGrid: true,
  reducedMotion: false,
  presenting: false,
};

export const useCanvasSettings = create<CanvasSettingsState>()((set) => ({
  ...initialCanvasSettings,
  setSnapToGrid: (snapToGrid) => set({ snapToGrid }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
  togglePresenting: () => set((s) => ({ presenting: !s.presenting })),
}));

export const selectSnapToGrid = (s: CanvasSettingsState): boolean => s.snapToGrid;
export const selectReducedMotion = (s: CanvasSettingsState): boolean => s.reducedMotion;
export const selectPresenting = (s: CanvasSettingsState): boolean => s.presenting;
