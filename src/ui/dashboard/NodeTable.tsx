import { selectSelectedNodeId, useViewStore } from '../../state/viewStore.ts';
import { useNodesLatest } from '../useNodesLatest.ts';
import { useTopologyModel } from '../useTopologyModel.ts';
import { NodeRowBlock, renderNodeRows, ROWS_PER_BLOCK } from './NodeTableRows.tsx';

/** Per-node numbers of the newest window; the selected node is highlighted. */
export function NodeTable() {
  const latest = useNodesLatest();
  const { nodes } = useTopologyModel();
  const selectedId = useViewStore(selectSelectedNodeId);
  const byId = new Map(latest.map((n) => [n.id, n]));
  const blocks = [];
  for (let i = 0; i < nodes.length; i += ROWS_PER_BLOCK)
    blocks.push(nodes.slice(i, i + ROWS_PER_BLOCK));
  return (
    <figure className="chart">
      <figcaption className="chart-title">Nodes, last window</figcaption>
      <table className="node-table" data-testid="node-table">
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col" className="num">
              Utilization
            </th>
            <th scope="col" className="num">
              Mean queue
            </th>
            <th scope="col" className="num">
              p99
            </th>
            <th scope="col" className="num">
              Arrivals/s
            </th>
          </tr>
        </thead>
        {blocks.map((block) => (
          <NodeRowBlock key={block[0]!.id}>{renderNodeRows(block, byId, selectedId)}</NodeRowBlock>
        ))}
      </table>
    </figure>
  );
}
