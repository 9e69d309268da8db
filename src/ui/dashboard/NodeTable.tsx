import { selectSelectedNodeId, useViewStore } from '../../state/viewStore.ts';
import { KindIcon } from '../editor/KindIcon.tsx';
import { formatMs, formatPercent, formatRate } from '../format.ts';
import { useNodesLatest } from '../useNodesLatest.ts';
import { useTopologyModel } from '../useTopologyModel.ts';

const selectNode = (id: string): void => useViewStore.getState().selectNode(id);

/** Per-node numbers of the newest window; the selected node is highlighted. */
export function NodeTable() {
  const latest = useNodesLatest();
  const { nodes } = useTopologyModel();
  const selectedId = useViewStore(selectSelectedNodeId);
  const byId = new Map(latest.map((n) => [n.id, n]));
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
        <tbody>
          {nodes.map((node) => {
            const row = byId.get(node.id);
            const hasWorkers = node.kind === 'service' || node.kind === 'database';
            const down = row !== undefined && row.instances === 0;
            return (
              <tr
                key={node.id}
                data-testid={`node-row-${node.id}`}
                className={
                  [node.id === selectedId ? 'is-selected' : '', down ? 'is-down' : '']
                    .join(' ')
                    .trim() || undefined
                }
                onClick={() => selectNode(node.id)}
              >
                <th scope="row">
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
          })}
        </tbody>
      </table>
    </figure>
  );
}
