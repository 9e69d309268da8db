import type { NodeOfKind } from '../../state/scenarioAccess.ts';
import { formatPercent, formatRate } from '../format.ts';
import { useNodesLatest } from '../useNodesLatest.ts';
import { getDistMean } from './distTemplates.ts';

/** Requests per second a service can complete: instances × workers ÷ mean service time. */
export function getServiceCapacity(node: NodeOfKind<'service'>): number {
  const mean = getDistMean(node.serviceTimeMs);
  return ((node.instances ?? 1) * node.workers * 1000) / mean;
}

/** Derived numbers beside a service's inputs: capacity, offered load from the latest window, utilization. */
export function ServiceCapacity({ node }: { readonly node: NodeOfKind<'service'> }) {
  const latest = useNodesLatest().find((n) => n.id === node.id);
  const capacity = getServiceCapacity(node);
  const offered = latest?.arrivalsPerSec ?? Number.NaN;
  return (
    <dl className="derived" data-testid="service-derived">
      <div>
        <dt>Capacity</dt>
        <dd data-testid="derived-capacity">{formatRate(capacity)} req/s</dd>
      </div>
      <div>
        <dt>Offered load (last window)</dt>
        <dd>{Number.isFinite(offered) ? `${formatRate(offered)} req/s` : 'run to see'}</dd>
      </div>
      <div>
        <dt>Utilization (offered ÷ capacity)</dt>
        <dd>{Number.isFinite(offered) ? formatPercent(offered / capacity) : '–'}</dd>
      </div>
    </dl>
  );
}
