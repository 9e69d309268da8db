/**
 * Copy and paste of nodes: a copy keeps the chosen nodes (with every field and
 * their positions) and the edges among them; a paste gives each node a fresh
 * id (`api-1` → the next free `api-N`), keeps those edges between the new
 * nodes, and shifts the group to the nearest spot where nothing overlaps.
 * Faults are not copied: they are aimed at the original nodes.
 */
import type { Point } from './placement.ts';
import { findFreeOffset } from './placement.ts';
import type { Scenario, ScenarioEdge, ScenarioNode } from './scenarioAccess.ts';

/** What Ctrl/Cmd+C holds. */
export interface ClipboardContent {
  readonly nodes: readonly ScenarioNode[];
  readonly edges: readonly ScenarioEdge[];
}

/** The nodes `ids` (at their drawn positions) and the edges that join two of them. */
export function copyNodes(
  scenario: Scenario,
  ids: readonly string[],
  drawn: ReadonlyMap<string, Point>,
): ClipboardContent {
  const chosen = new Set(ids);
  const nodes = scenario.nodes
    .filter((n) => chosen.has(n.id))
    .map((n) => {
      const p = drawn.get(n.id);
      return p === undefined ? n : { ...n, x: Math.round(p.x), y: Math.round(p.y) };
    });
  const edges = scenario.edges.filter((e) => chosen.has(e.from) && chosen.has(e.to));
  return { nodes, edges };
}

/** `stem-N` with the first N not in `used` (the stem is the id without a trailing `-N`). */
export function createCopyId(id: string, used: ReadonlySet<string>): string {
  const stem = id.replace(/-\d+$/, '');
  let n = 1;
  while (used.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

/** Paste `content` into `scenario`: a candidate document and the new nodes' ids. */
export function pasteNodes(
  scenario: Scenario,
  content: ClipboardContent,
  drawn: ReadonlyMap<string, Point>,
): { readonly candidate: unknown; readonly ids: readonly string[] } {
  const used = new Set(scenario.nodes.map((n) => n.id));
  const rename = new Map<string, string>();
  for (const n of content.nodes) {
    const id = createCopyId(n.id, used);
    used.add(id);
    rename.set(n.id, id);
  }
  const at = (n: ScenarioNode): Point => ({ x: n.x ?? 0, y: n.y ?? 0 });
  const d = findFreeOffset(content.nodes.map(at), [...drawn.values()]);
  const nodes = content.nodes.map((n) => ({
    ...n,
    id: rename.get(n.id) ?? n.id,
    x: at(n).x + d.x,
    y: at(n).y + d.y,
  }));
  const edges = content.edges.map((e) => ({
    ...e,
    from: rename.get(e.from) ?? e.from,
    to: rename.get(e.to) ?? e.to,
  }));
  const pinned = scenario.nodes.map((n) => {
    const p = drawn.get(n.id);
    return n.x !== undefined || p === undefined ? n : { ...n, x: p.x, y: p.y };
  });
  return {
    candidate: { ...scenario, nodes: [...pinned, ...nodes], edges: [...scenario.edges, ...edges] },
    ids: nodes.map((n) => n.id),
  };
}
