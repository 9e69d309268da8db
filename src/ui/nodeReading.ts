/** What a node prints on the canvas, from its newest metrics window. */
import type { NodeLatest } from '../state/historyReaders.ts';
import type { NodeReading } from './canvas/topologyTypes.ts';
import { formatPercent, formatRateCompact } from './format.ts';

/** Kinds with workers, whose utilization colours the node. */
const WORKER_KINDS: ReadonlySet<string> = new Set(['service', 'database']);

/** What a node shows: services and databases their utilization, other kinds their arrival rate. */
export function toNodeReading(latest: NodeLatest): NodeReading {
  const down = latest.instances === 0;
  if (WORKER_KINDS.has(latest.kind)) {
    // A service with other than one instance says how many (autoscaling changes this live).
    const many = latest.kind === 'service' && latest.instances > 1 ? ` ×${latest.instances}` : '';
    return {
      utilization: latest.utilization,
      text: `${formatPercent(latest.utilization)}${many}`,
      down,
    };
  }
  return { utilization: null, text: `${formatRateCompact(latest.arrivalsPerSec)}/s`, down };
}
