/** View state that is neither the document nor the run: selection (one node, several nodes, or an edge), the editor's tab, banners. */
import { create } from 'zustand';

/** A selected edge, by its ends. */
export interface SelectedEdge {
  readonly from: string;
  readonly to: string;
}

export type BannerKind = 'error' | 'info';

/** What the editor panel shows: the palette and inspector, the alert rules, or chaos mode. */
export type EditorTab = 'topology' | 'rules' | 'chaos';

/** A message shown above the workspace until dismissed. */
export interface BannerMessage {
  readonly id: number;
  readonly kind: BannerKind;
  readonly title: string;
  /** Detail lines, e.g. one path-qualified validation error each. */
  readonly details: readonly string[];
}

export interface ViewState {
  /** The node the inspector shows: the only, or the last added, selected node. */
  readonly selectedNodeId: string | null;
  /** Every selected node (box select, shift-click); includes `selectedNodeId`. */
  readonly selectedNodeIds: readonly string[];
  /** At most one of `selectedNodeId` and `selectedEdge` is set. */
  readonly selectedEdge: SelectedEdge | null;
  readonly banners: readonly BannerMessage[];
  /** Internal counter for banner ids. */
  readonly nextBannerId: number;
  readonly editorTab: EditorTab;
  /** Select a node (null: none); selecting one shows the inspector. */
  selectNode(id: string | null): void;
  /** Select exactly these nodes (the last one is shown in the inspector). */
  selectNodes(ids: readonly string[]): void;
  /** Shift-click: add a node to the selection, or take it out. */
  toggleNode(id: string): void;
  selectEdge(edge: SelectedEdge | null): void;
  setEditorTab(tab: EditorTab): void;
  /** Show a banner; returns its id. */
  showBanner(kind: BannerKind, title: string, details?: readonly string[]): number;
  dismissBanner(id: number): void;
}

type ViewData = Pick<
  ViewState,
  'selectedNodeId' | 'selectedNodeIds' | 'selectedEdge' | 'banners' | 'nextBannerId' | 'editorTab'
>;

/** The state every test and a fresh page start from. */
export const initialViewData: ViewData = {
  selectedNodeId: null,
  selectedNodeIds: [],
  selectedEdge: null,
  banners: [],
  nextBannerId: 1,
  editorTab: 'topology',
};

/** Banners kept at once; the oldest go first. */
const MAX_BANNERS = 4;

export const useViewStore = create<ViewState>()((set, get) => ({
  ...initialViewData,
  selectNode: (id) =>
    set((s) => ({
      selectedNodeId: id,
      selectedNodeIds: id === null ? [] : [id],
      selectedEdge: null,
      editorTab: id === null ? s.editorTab : 'topology',
    })),
  selectNodes: (ids) => {
    const unique = [...new Set(ids)];
    set((s) => ({
      selectedNodeIds: unique,
      selectedNodeId: unique.at(-1) ?? null,
      selectedEdge: null,
      editorTab: unique.length === 0 ? s.editorTab : 'topology',
    }));
  },
  toggleNode: (id) => {
    const ids = get().selectedNodeIds;
    get().selectNodes(ids.includes(id) ? ids.filter((i) => i !== id) : [...ids, id]);
  },
  selectEdge: (selectedEdge) =>
    set((s) => ({
      selectedEdge,
      selectedNodeId: null,
      selectedNodeIds: [],
      editorTab: selectedEdge === null ? s.editorTab : 'topology',
    })),
  setEditorTab: (editorTab) => set({ editorTab }),
  showBanner: (kind, title, details = []) => {
    const id = get().nextBannerId;
    set((s) => ({
      nextBannerId: id + 1,
      banners: [...s.banners, { id, kind, title, details }].slice(-MAX_BANNERS),
    }));
    return id;
  },
  dismissBanner: (id) => set((s) => ({ banners: s.banners.filter((b) => b.id !== id) })),
}));

export const selectSelectedNodeId = (s: ViewState): string | null => s.selectedNodeId;
export const selectSelectedNodeIds = (s: ViewState): readonly string[] => s.selectedNodeIds;
export const selectSelectedEdge = (s: ViewState): SelectedEdge | null => s.selectedEdge;
export const selectBanners = (s: ViewState): readonly BannerMessage[] => s.banners;
export const selectEditorTab = (s: ViewState): EditorTab => s.editorTab;
