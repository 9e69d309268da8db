import type { DragEvent } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  selectReducedMotion,
  selectSnapToGrid,
  useCanvasSettings,
} from '../state/canvasSettingsStore.ts';
import { useAnalysisViewStore } from '../state/analysis/analysisViewStore.ts';
import { traceFeed } from '../state/traceFeed.ts';
import { selectSelectedEdge, selectSelectedNodeIds, useViewStore } from '../state/viewStore.ts';
import { createTopologyController } from './canvas/createTopologyController.ts';
import type { TopologyController, TopologyProps } from './canvas/topologyTypes.ts';
import { toEdgeKey } from './canvas/topologyTypes.ts';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { EmptyCanvasHint } from './EmptyCanvasHint.tsx';
import { FaultMenu, type FaultMenuTarget } from './FaultMenu.tsx';
import { dropKind, KIND_DRAG_TYPE, topologyActions } from './topologyActions.ts';
import { LiveStateLegend } from './LiveStateLegend.tsx';
import { UtilizationLegend } from './UtilizationLegend.tsx';
import { useCanvasShortcuts } from './useCanvasShortcuts.ts';
import { type CanvasReadings, useCanvasReadingsFeed } from './useCanvasReadings.ts';
import { useTopologyModel } from './useTopologyModel.ts';
import { countRender } from './renderCounts.ts';

const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
  if (event.dataTransfer.types.includes(KIND_DRAG_TYPE)) event.preventDefault();
};

/** The controller's props that come from the document and the view, not from the live run. */
type DrawnProps = Omit<TopologyProps, 'readings' | 'edgeReadings'>;

const NO_READINGS: CanvasReadings = { readings: new Map(), edgeReadings: new Map() };

/**
 * The topology canvas: React mounts the D3 controller once and feeds it props.
 * Live readings reach the controller through a store subscription, so a batch
 * of metrics repaints the canvas without re-rendering this component.
 */
export function TopologyView() {
  countRender('TopologyView');
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TopologyController | null>(null);
  const { nodes, edges } = useTopologyModel();
  const drawnRef = useRef<DrawnProps | null>(null);
  const liveRef = useRef<CanvasReadings>(NO_READINGS);
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

  const paint = useCallback((): void => {
    if (drawnRef.current !== null)
      controllerRef.current?.update({ ...drawnRef.current, ...liveRef.current });
  }, []);
  useCanvasReadingsFeed(
    useCallback(
      (live: CanvasReadings) => {
        liveRef.current = live;
        paint();
      },
      [paint],
    ),
  );
  useEffect(() => {
    drawnRef.current = { nodes, edges, selectedIds, selectedEdgeKey, snap, reducedMotion };
    paint();
  }, [nodes, edges, selectedIds, selectedEdgeKey, snap, reducedMotion, paint]);

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
