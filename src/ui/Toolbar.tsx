import { AnalysisButton } from './analysis/AnalysisButton.tsx';
import { CopyLinkButton } from './toolbar/CopyLinkButton.tsx';
import { PresetSelect } from './toolbar/PresetSelect.tsx';
import { RunControls } from './toolbar/RunControls.tsx';
import { SimClock } from './toolbar/SimClock.tsx';
import { SpeedSelect } from './toolbar/SpeedSelect.tsx';
import { countRender } from './renderCounts.ts';

/** The top bar: brand, scenario picker, run controls, speed, clock and sharing. */
export function Toolbar() {
  countRender('Toolbar');
  return (
    <header className="toolbar" role="toolbar" aria-label="Simulation controls">
      <div className="toolbar-group">
        <span className="brand" aria-label="distsim">
          dist<b>sim</b>
        </span>
        <PresetSelect />
      </div>
      <div className="toolbar-group">
        <RunControls />
        <SpeedSelect />
      </div>
      <div className="toolbar-group">
        <SimClock />
        <AnalysisButton />
        <CopyLinkButton />
      </div>
    </header>
  );
}
