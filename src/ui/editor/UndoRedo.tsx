import { selectCanRedo, selectCanUndo, useDocumentStore } from '../../state/documentStore.ts';

const undo = (): void => useDocumentStore.getState().undo();
const redo = (): void => useDocumentStore.getState().redo();

/** Undo and redo buttons (also Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y). */
export function UndoRedo() {
  const canUndo = useDocumentStore(selectCanUndo);
  const canRedo = useDocumentStore(selectCanRedo);
  return (
    <div className="button-group">
      <button
        type="button"
        className="button button-quiet"
        data-testid="undo-button"
        disabled={!canUndo}
        title="Undo (Ctrl/Cmd+Z)"
        onClick={undo}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="redo-button"
        disabled={!canRedo}
        title="Redo (Shift+Ctrl/Cmd+Z or Ctrl+Y)"
        onClick={redo}
      >
        ↷ Redo
      </button>
    </div>
  );
}
