import { selectEditorTab, useViewStore } from '../../state/viewStore.ts';
import { ChaosEditor } from '../control/ChaosEditor.tsx';
import { RulesEditor } from '../control/RulesEditor.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { EditorTabs } from './EditorTabs.tsx';
import { Palette } from './Palette.tsx';
import { RunEditNotice } from './RunEditNotice.tsx';
import { UndoRedo } from './UndoRedo.tsx';
import { UnfinishedList } from './UnfinishedList.tsx';
import { countRender } from '../renderCounts.ts';

/** The editing side panel: undo/redo, then the topology (palette, what is unfinished, inspector), the alert rules or chaos mode. */
export function EditorPanel() {
  countRender('EditorPanel');
  const tab = useViewStore(selectEditorTab);
  return (
    <aside className="panel editor-panel" aria-labelledby="editor-title">
      <header className="panel-header">
        <h2 id="editor-title">Edit</h2>
        <UndoRedo />
      </header>
      <EditorTabs />
      <div
        className="editor-body"
        id="editor-tabpanel"
        role="tabpanel"
        aria-labelledby={`editor-tab-${tab}`}
      >
        {tab === 'topology' && (
          <>
            <Palette />
            <RunEditNotice />
            <UnfinishedList />
            <Inspector />
          </>
        )}
        {tab === 'rules' && <RulesEditor />}
        {tab === 'chaos' && <ChaosEditor />}
      </div>
    </aside>
  );
}
