import { autoLayoutAll } from './topologyLayoutAction.ts';
import { clearCanvas } from '../state/canvasCommands.ts';
import {
  selectReducedMotion,
  selectSnapToGrid,
  useCanvasSettings,
} from '../state/canvasSettingsStore.ts';
import { reportOutcome } from './topologyActions.ts';

interface CanvasToolbarProps {
  readonly onFit: () => void;
}

/** The canvas header's buttons: new, auto-layout, fit, snap to grid, reduced motion. */
export function CanvasToolbar({ onFit }: CanvasToolbarProps) {
  const snap = useCanvasSettings(selectSnapToGrid);
  const reduced = useCanvasSettings(selectReducedMotion);
  return (
    <div className="canvas-toolbar" role="group" aria-label="Canvas">
      <button
        type="button"
        className="button button-quiet"
        data-testid="canvas-new"
        title="Start from an empty canvas (undo brings the old one back)"
        onClick={() => reportOutcome('Could not clear the canvas.', clearCanvas())}
      >
        New
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="auto-layout"
        title="Lay the nodes out left to right, callers before the nodes they call"
        onClick={autoLayoutAll}
      >
        Auto-layout
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="fit-button"
        onClick={onFit}
      >
        Fit
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="presenter-toggle"
        title="Presenter mode (P): large text and lines, panels collapsed; Space runs or pauses, . steps, + and - change speed"
        onClick={() => useCanvasSettings.getState().togglePresenting()}
      >
        Present
      </button>
      <label className="toggle" title="Dragged nodes snap to a 20-unit grid">
        <input
          type="checkbox"
          data-testid="snap-toggle"
          checked={snap}
          onChange={(e) => useCanvasSettings.getState().setSnapToGrid(e.target.checked)}
        />
        Snap
      </label>
      <label
        className="toggle"
        title="Animate sampled requests as moving dots; off (reduced motion) shows traffic as edge thickness"
      >
        <input
          type="checkbox"
          data-testid="animate-toggle"
          checked={!reduced}
          onChange={(e) => useCanvasSettings.getState().setReducedMotion(!e.target.checked)}
        />
        Animate
      </label>
    </div>
  );
}
