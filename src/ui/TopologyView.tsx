import { useEffect, useRef, useState } from 'react';
import type { SelectedEdge } from '../state/viewStore.ts';
import { selectSelectedEdge, selectSelectedNodeId, useViewStore } from '../state/viewStore.ts';
import { createTopologyController } from './canvas/createTopologyController.ts';
import type { TopologyController } from './canvas/topologyTypes.ts';
import { toEdgeKey } from './canvas/topologyTypes.ts';
import { FaultMenu, type FaultMenuTarget } from './FaultMenu.tsx';
import { UtilizationLegend } from './UtilizationLegend.tsx';
import { useNodeReadings } from './useNodeReadings.ts';
import { useTopologyModel } from './useTopologyModel.ts';

const selectNode = (id: string | null): void => useViewStore.getState().selectNode(id);
const selectEdge = (edge: SelectedEdge): void =>
  useViewStore.getState().selectEdge({ from: edge.from, to: edge.to });

/** The topology canvas: React mounts the D3 controller once and feeds it props. */
export function TopologyView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TopologyController | null>(null);
  const { nodes, edges } = useTopologyModel();
  const readings = useNodeReadings();
  const selectedId = useViewStore(selectSelectedNodeId);
  const selectedEdge = useViewStore(selectSelectedEdge);
  const selectedEdgeKey = selectedEdge === null ? null : toEdgeKey(selectedEdge);
  const [menu, setMenu] = useState<FaultMenuTarget | null>(null);

  useEffect(() => {
    if (containerRef.current === null) return;
    const controller = createTopologyController(containerRef.current, {
      onSelect: selectNode,
      onSelectEdge: selectEdge,
      onNodeMenu: (id, x, y) => setMenu({ nodeId: id, x, y }),
    });
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useEffect(() => {
    controllerRef.current?.update({ nodes, edges, readings, selectedId, selectedEdgeKey });
  }, [nodes, edges, readings, selectedId, selectedEdgeKey]);

  return (
    <section className="panel topology-panel" aria-labelledby="topology-title">
      <header className="panel-header">
        <h2 id="topology-title">Topology</h2>
        <span className="panel-hint">
          Drag to pan, scroll to zoom, click a node or edge to edit it
        </span>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => controllerRef.current?.fit()}
        >
          Fit
        </button>
      </header>
      <div ref={containerRef} className="topology-canvas" data-testid="topology" />
      {menu !== null && <FaultMenu target={menu} onClose={() => setMenu(null)} />}
      <UtilizationLegend />
    </section>
  );
}
