import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import type { EditorTab } from '../../state/viewStore.ts';
import { selectEditorTab, useViewStore } from '../../state/viewStore.ts';

const setTab = (tab: EditorTab): void => useViewStore.getState().setEditorTab(tab);

/** Switches the editor panel between the topology (palette, inspector), alert rules and chaos mode. */
export function EditorTabs() {
  const tab = useViewStore(selectEditorTab);
  const scenario = useDocumentStore(selectScenario);
  const rules = scenario.rules?.length ?? 0;
  const tabs: readonly (readonly [EditorTab, string])[] = [
    ['topology', 'Topology'],
    ['rules', rules > 0 ? `Rules (${rules})` : 'Rules'],
    ['chaos', scenario.chaos === undefined ? 'Chaos' : 'Chaos (on)'],
  ];
  return (
    <div className="editor-tabs" role="tablist" aria-label="What to edit">
      {tabs.map(([id, label]) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`editor-tab-${id}`}
          aria-selected={tab === id}
          aria-controls="editor-tabpanel"
          className={tab === id ? 'editor-tab is-active' : 'editor-tab'}
          data-testid={`editor-tab-${id}`}
          onClick={() => setTab(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
