import type { NodeDetail } from '../../state/nodeDetailReaders.ts';
import { selectSelectedNodeId, useViewStore } from '../../state/viewStore.ts';
import { formatCount, formatMs, formatPercent, formatRate } from '../format.ts';
import { useNodeDetail } from '../useNodeDetail.ts';
import { ShareBars } from './ShareBars.tsx';

type Item = readonly [key: string, label: string, value: string];

/** The kind-specific readings of a node, as label/value pairs. */
export function getDetailItems(d: NodeDetail): Item[] {
  const items: Item[] = [
    ['arrivals', 'Arrivals', `${formatRate(d.arrivalsPerSec)}/s`],
    ['failed', 'Failed', `${formatRate(d.failedPerSec)}/s`],
    ['p99', 'p99', formatMs(d.latencyP99)],
  ];
  if (d.kind === 'service' || d.kind === 'database')
    items.push(['utilization', 'Utilization', formatPercent(d.utilization)]);
  if (d.kind === 'service') items.push(['instances', 'Instances', formatCount(d.instances)]);
  if (d.cache !== null) {
    const c = d.cache;
    items.push(
      ['hit-ratio', 'Hit ratio', formatPercent(c.hitRatio)],
      ['evictions', 'Evictions', `${formatRate(c.evictionsPerSec)}/s`],
      ['size', 'Entries held', formatCount(c.size)],
      ['stale-reads', 'Stale reads so far', formatCount(c.staleReadsTotal)],
      ['write-queue', 'Write-behind queue', formatCount(c.writeQueueDepth)],
      ['lost-writes', 'Lost writes so far', formatCount(c.lostWritesTotal)],
    );
  }
  if (d.kind === 'database')
    items.push(['stale-reads', 'Stale reads so far', formatCount(d.staleReadsTotal)]);
  if (d.kind === 'queue')
    items.push(
      ['lag', 'Consumer lag (messages)', formatCount(d.queueLag)],
      ['dead-letters', 'Dead letters so far', formatCount(d.deadLettersTotal)],
    );
  return items;
}

const ROUTERS: ReadonlySet<string> = new Set(['load-balancer', 'shard-router']);

/** Live readings of the selected node, by kind; per-target shares for balancers and shard routers. */
export function NodeDetailPanel() {
  const nodeId = useViewStore(selectSelectedNodeId);
  const { detail, shares } = useNodeDetail(nodeId);
  if (nodeId === null) return null;
  return (
    <figure className="chart node-detail" data-testid="node-detail">
      <figcaption className="chart-title">
        {nodeId}, last window{detail !== null && detail.instances === 0 ? ' — DOWN' : ''}
      </figcaption>
      {detail === null ? (
        <p className="field-help">Run the scenario to see this node’s numbers.</p>
      ) : (
        <>
          <dl className="detail-grid">
            {getDetailItems(detail).map(([key, label, value]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd data-testid={`detail-${key}`}>{value}</dd>
              </div>
            ))}
          </dl>
          {ROUTERS.has(detail.kind) && shares !== null && <ShareBars shares={shares} />}
        </>
      )}
    </figure>
  );
}
