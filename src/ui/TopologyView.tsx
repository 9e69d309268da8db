import type { DragEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  selectReducedMotion,
  selectSnapToGrid,
  useCanvasSettings,
} from '../state/canvasSettingsStore.ts';
import { useAnalysisViewStore } from '../state/analysis/analysisViewStore.ts';
import { traceFeed } from '../state/traceFeed.ts';
import { selectSelectedEdge, selectSelectedNodeIds, useViewStore } from '../state/viewStore.ts';
import { createTopologyController } from './canvas/createTopologyController.ts';
import type { TopologyController } from './canvas/topologyTypes.ts';
import { toEdgeKey } from './canvas/topologyTypes.ts';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { EmptyCanvasHint } from './EmptyCanvasHint.tsx';
import { FaultMenu, type FaultMenuTarget } from './FaultMenu.tsx';
import { dropKind, KIND_DRAG_TYPE, topologyActions } from './topologyActions.ts';
import { LiveStateLegend } from './LiveStateLegend.tsx';
import { UtilizationLegend } from './UtilizationLegend.tsx';
import { useCanvasShortcuts } from './useCanvasShortcuts.ts';
import { useCanvasReadings } from './useCanvasReadings.ts';
import { useTopologyModel } from './useTopologyModel.ts';

const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
  if (event.dataTransfer.types.includes(KIND_DRAG_TYPE)) event.preventDefault();
};

/** The topology canvas: React mounts the D3 controller once and feeds it props. */
export function TopologyView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TopologyController | null>(null);
  const { nodes, edges } = useTopologyModel();
  const { readings, edgeReadings } = useCanvasReadings();
  const selected = useViewStore(selectSelectedNodeIds);
  const selectedIds = useMemo(() => new Set(selected), [selected]);
  const selectedEdge = useViewStore(selectSelectedEdge);
  const selectedEdgeKey = selectedEdge === null ? null : toEdgeKey(selectedEdge);
  const snap = useCanvasSettings(selectSnapToGrid);
  const reducedMotion = useCanvasSettings(selectReducedMotion);
  const [menu, setMenu] = useState<FaultMenuTarget | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useCanvasShortcuts();

  useEffect(() => {
    if (containerRef.current === null) return;
    const controller = createTopologyController(containerRef.current, {
      ...topologyActions,
      onNodeMenu: (id, x, y) => setMenu({ nodeId: id, x, y }),
      onStatus: setStatus,
      dots: traceFeed,
      onOpenTrace: (id) => useAnalysisViewStore.getState().openTrace(id),
    });
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useEffect(() => {
    controllerRef.current?.update({
      nodes,
      edges,
      readings,
      edgeReadings,
      selectedIds,
      selectedEdgeKey,
      snap,
      reducedMotion,
    });
  }, [nodes, edges, readings, edgeReadings, selectedIds, selectedEdgeKey, snap, reducedMotion]);

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    const kind = event.dataTransfer.getData(KIND_DRAG_TYPE);
    const controller = controllerRef.current;
    if (kind === '' || controller === null) return;
    event.preventDefault();
    dropKind(kind, controller.toCanvasPoint(event.clientX, event.clientY));
  };

  return (
    <section className="panel topology-panel" aria-labelledby="topology-title">
      <header className="panel-header">
        <h2 id="topology-title">Topology</h2>
        <CanvasToolbar onFit={() => controllerRef.current?.fit()} />
      </header>
      {/* The stage takes drops, so a block dropped on the empty-canvas hint lands on the canvas. */}
      <div
        className="topology-stage"
        data-testid="topology"
        onDragOver={onDragOver}
        onDrop={onDrop}
      >
        <div
          ref={containerRef}
          className="topology-canvas"
          title="Drag nodes to move them, drag from a node's handle to connect, shift-drag to select, scroll to zoom"
        />
        {nodes.length === 0 && <EmptyCanvasHint />}
        <p className="canvas-status" role="status" data-testid="canvas-status">
          {status}
        </p>
      </div>
      {menu !== null && <FaultMenu target={menu} onClose={() => setMenu(null)} />}
      <UtilizationLegend />
      <LiveStateLegend />
    </section>
  );
}
