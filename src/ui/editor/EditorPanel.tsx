import { Inspector } from '../inspector/Inspector.tsx';
import { Palette } from './Palette.tsx';
import { RunEditNotice } from './RunEditNotice.tsx';
import { UndoRedo } from './UndoRedo.tsx';
import { UnfinishedList } from './UnfinishedList.tsx';

/** The editing side panel: palette, undo/redo, what is unfinished, and the inspector. */
export function EditorPanel() {
  return (
    <aside className="panel editor-panel" aria-labelledby="editor-title">
      <header className="panel-header">
        <h2 id="editor-title">Edit</h2>
        <UndoRedo />
      </header>
      <div className="editor-body">
        <Palette />
        <RunEditNotice />
        <UnfinishedList />
        <Inspector />
      </div>
    </aside>
  );
}
