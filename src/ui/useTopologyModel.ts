import { useMemo } from 'react';
import { selectScenario, useDocumentStore } from '../state/documentStore.ts';
import type { Scenario } from '../state/scenarioAccess.ts';
import { getNodePositions } from './canvas/layout.ts';
import type { TopologyEdge, TopologyNode } from './canvas/topologyTypes.ts';

export interface TopologyModel {
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
}

/** The drawable topology of a scenario, with auto-layout for nodes lacking x/y. */
export function toTopologyModel(scenario: Scenario): TopologyModel {
  const positions = getNodePositions(scenario.nodes, scenario.edges);
  const nodes = scenario.nodes.map((n) => {
    const p = positions.get(n.id) ?? { x: 0, y: 0 };
    return { id: n.id, kind: n.kind, label: n.label ?? n.id, x: p.x, y: p.y };
  });
  return { nodes, edges: scenario.edges.map(({ from, to }) => ({ from, to })) };
}

/** The current document's topology; a new object only when the scenario changes. */
export function useTopologyModel(): TopologyModel {
  const scenario = useDocumentStore(selectScenario);
  return useMemo(() => toTopologyModel(scenario), [scenario]);
}
