import type { RunSummary } from '../state/metricsAccess.ts';
import { getSummaryDetails } from './summaryDetails.ts';

/** Kind-specific whole-run numbers per node (caches, balancers, shard routers, queues, databases). */
export function SummaryNodeDetails({ summary }: { readonly summary: RunSummary }) {
  const rows = Object.entries(summary.nodes)
    .map(([id, node]) => ({ id, details: getSummaryDetails(node) }))
    .filter(
      (r) => r.details.length > 0 && !(r.details.length === 1 && r.details[0]?.key === 'instances'),
    );
  if (rows.length === 0) return null;
  return (
    <table className="summary-nodes" data-testid="summary-nodes">
      <tbody>
        {rows.map(({ id, details }) => (
          <tr key={id}>
            <th scope="row">{id}</th>
            <td>
              {details.map((d) => (
                <span key={d.key} className="summary-detail" data-testid={`summary-${id}-${d.key}`}>
                  {d.label} <b>{d.value}</b>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
