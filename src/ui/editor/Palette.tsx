import { addNodeFromPalette } from '../../state/editorCommands.ts';
import { KIND_NAMES, PALETTE_KINDS } from '../../state/nodeDefaults.ts';
import type { ScenarioNodeKind } from '../../state/scenarioAccess.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { KIND_DRAG_TYPE } from '../topologyActions.ts';
import { useTopologyModel } from '../useTopologyModel.ts';
import { KindIcon } from './KindIcon.tsx';

/** One button per node kind: a click adds that node (with defaults) at a free spot and selects it; dragging it onto the canvas drops it there. */
export function Palette() {
  const { nodes } = useTopologyModel();
  const add = (kind: ScenarioNodeKind): void => {
    const positions = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
    const outcome = addNodeFromPalette(kind, positions);
    if (!outcome.applied)
      useViewStore.getState().showBanner(
        'error',
        `Could not add a ${KIND_NAMES[kind].toLowerCase()}.`,
        outcome.errors.map((e) => `${e.path}: ${e.message}`),
      );
  };
  return (
    <div className="palette" role="group" aria-label="Add a node" data-testid="palette">
      {PALETTE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="palette-item"
          data-testid={`palette-${kind}`}
          title={`Add a ${KIND_NAMES[kind].toLowerCase()} (click, or drag onto the canvas)`}
          draggable
          onDragStart={(event) => {
            event.dataTransfer.setData(KIND_DRAG_TYPE, kind);
            event.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => add(kind)}
        >
          <KindIcon kind={kind} />
          <span>{KIND_NAMES[kind]}</span>
        </button>
      ))}
    </div>
  );
}
