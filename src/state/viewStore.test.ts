import { beforeEach, describe, expect, it } from 'vitest';
import { initialViewData, selectBanners, selectSelectedNodeId, useViewStore } from './viewStore.ts';

const view = () => useViewStore.getState();

describe('viewStore', () => {
  beforeEach(() => useViewStore.setState(initialViewData));

  it('selects and clears a node', () => {
    view().selectNode('api-1');
    expect(selectSelectedNodeId(view())).toBe('api-1');
    view().selectNode(null);
    expect(selectSelectedNodeId(view())).toBeNull();
  });

  it('shows banners with unique ids and dismisses one', () => {
    const a = view().showBanner('error', 'A', ['x: bad']);
    const b = view().showBanner('info', 'B');
    expect(a).not.toBe(b);
    view().dismissBanner(a);
    expect(selectBanners(view()).map((m) => m.title)).toEqual(['B']);
  });

  it('keeps only the newest few banners', () => {
    for (let i = 0; i < 10; i++) view().showBanner('info', `m${i}`);
    expect(selectBanners(view()).at(-1)?.title).toBe('m9');
    expect(selectBanners(view()).length).toBeLessThanOrEqual(4);
  });
});

describe('editor tab', () => {
  it('stays where it is until a node or an edge is selected, which shows the inspector', () => {
    useViewStore.setState(initialViewData);
    const view = () => useViewStore.getState();
    view().setEditorTab('rules');
    view().selectNode(null);
    expect(view().editorTab).toBe('rules');
    view().selectNode('api-1');
    expect(view().editorTab).toBe('topology');
    view().setEditorTab('chaos');
    view().selectEdge({ from: 'lb', to: 'api-1' });
    expect(view().editorTab).toBe('topology');
  });
});
