import { useRef, type ReactNode } from 'react';
import type { NodeLatest } from '../../state/historyReaders.ts';
import type { TopologyNode } from '../canvas/topologyTypes.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { KindIcon } from '../editor/KindIcon.tsx';
import { formatMs, formatPercent, formatRate } from '../format.ts';
import { useDrawnWhileVisible } from './useDrawnWhileVisible.ts';

const selectNode = (id: string): void => useViewStore.getState().selectNode(id);

/** Rows per `<tbody>`: each block is drawn only while on screen during a run. */
export const ROWS_PER_BLOCK = 8;

function NodeRow({
  node,
  row,
  selected,
}: {
  readonly node: TopologyNode;
  readonly row: NodeLatest | undefined;
  readonly selected: boolean;
}) {
  const hasWorkers = node.kind === 'service' || node.kind === 'database';
  const down = row !== undefined && row.instances === 0;
  const className = [selected ? 'is-selected' : '', down ? 'is-down' : ''].join(' ').trim();
  return (
    <tr
      data-testid={`node-row-${node.id}`}
      className={className || undefined}
      onClick={() => selectNode(node.id)}
    >
      <th scope="row" title={node.label}>
        <KindIcon kind={node.kind} size={14} />
        {node.label}
        {down && <span className="down-tag">down</span>}
      </th>
      <td className="num" data-testid={`utilization-${node.id}`}>
        {row && hasWorkers ? formatPercent(row.utilization) : '–'}
      </td>
      <td className="num">{row && hasWorkers ? row.meanQueueLength.toFixed(2) : '–'}</td>
      <td className="num">{row ? formatMs(row.latencyP99) : '–'}</td>
      <td className="num">{row ? formatRate(row.arrivalsPerSec) : '–'}</td>
    </tr>
  );
}

/**
 * A block of rows in its own `<tbody>`. Scrolled out of view during a run it
 * keeps its last numbers (a 50-node table would otherwise rewrite and lay out
 * hundreds of cells nobody sees, 5 times a second) and catches up when seen.
 */
export function NodeRowBlock({ children }: { readonly children: ReactNode }) {
  const ref = useRef<HTMLTableSectionElement>(null);
  return <tbody ref={ref}>{useDrawnWhileVisible(ref, children)}</tbody>;
}

/** The rows of `nodes`, for one block. */
export function renderNodeRows(
  nodes: readonly TopologyNode[],
  byId: ReadonlyMap<string, NodeLatest>,
  selectedId: string | null,
): ReactNode {
  return nodes.map((node) => (
    <NodeRow key={node.id} node={node} row={byId.get(node.id)} selected={node.id === selectedId} />
  ));
}
