import { useEffect } from 'react';
import { simCommands, type LiveFault } from '../state/app.ts';
import { selectScenario, useDocumentStore } from '../state/documentStore.ts';
import { selectStatus, useRunStore } from '../state/runStore.ts';

/** Where the fault menu was opened: a node, at viewport coordinates. */
export interface FaultMenuTarget {
  readonly nodeId: string;
  readonly x: number;
  readonly y: number;
}

interface Choice {
  readonly label: string;
  readonly fault: DistributiveOmit<LiveFault, 'target'>;
  readonly kinds: readonly string[];
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const NOT_CLIENT = ['load-balancer', 'service', 'cache', 'shard-router', 'database', 'queue'];
const WORKERS = ['service', 'database'];

const CHOICES: readonly Choice[] = [
  { label: 'Crash for 10 s', fault: { type: 'crash', durationMs: 10_000 }, kinds: NOT_CLIENT },
  { label: 'Crash for 60 s', fault: { type: 'crash', durationMs: 60_000 }, kinds: NOT_CLIENT },
  {
    label: 'Slow down ×3 for 10 s',
    fault: { type: 'slow', durationMs: 10_000, factor: 3 },
    kinds: WORKERS,
  },
  {
    label: 'Slow down ×10 for 10 s',
    fault: { type: 'slow', durationMs: 10_000, factor: 10 },
    kinds: WORKERS,
  },
  {
    label: 'Fail half the requests for 10 s',
    fault: { type: 'errors', durationMs: 10_000, probability: 0.5 },
    kinds: WORKERS,
  },
  {
    label: 'Cut off from the network for 10 s',
    fault: { type: 'partition', durationMs: 10_000 },
    kinds: NOT_CLIENT,
  },
  { label: 'Flush the cache', fault: { type: 'cache-flush' }, kinds: ['cache'] },
  {
    label: 'Replication lag ×10 for 10 s',
    fault: { type: 'replica-lag', durationMs: 10_000, factor: 10 },
    kinds: ['database'],
  },
  {
    label: 'Traffic spike ×3 for 10 s',
    fault: { type: 'traffic-spike', durationMs: 10_000, factor: 3 },
    kinds: ['client'],
  },
  {
    label: 'Hot key: half the requests for 10 s',
    fault: { type: 'hot-key', durationMs: 10_000, hotShare: 0.5 },
    kinds: ['client'],
  },
];

/**
 * The right-click menu of a node: inject a fault now, without pausing. The fault
 * is recorded into the scenario at the current simulated time, so a copied link
 * replays it.
 */
export function FaultMenu({
  target,
  onClose,
}: {
  readonly target: FaultMenuTarget;
  readonly onClose: () => void;
}) {
  const status = useRunStore(selectStatus);
  const scenario = useDocumentStore(selectScenario);
  const kind = scenario.nodes.find((n) => n.id === target.nodeId)?.kind ?? 'client';
  const live = status === 'running' || status === 'paused';
  const choices = CHOICES.filter((c) => c.kinds.includes(kind));
  useEffect(() => {
    const close = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [onClose]);
  return (
    <div
      className="fault-menu"
      role="menu"
      data-testid="fault-menu"
      aria-label={`Inject a fault into ${target.nodeId}`}
      style={{ left: target.x, top: target.y }}
    >
      <p className="fault-menu-title">Inject into {target.nodeId}</p>
      {!live && <p className="field-help">Start a run to inject faults live.</p>}
      {live && choices.length === 0 && <p className="field-help">No fault applies to this node.</p>}
      {live &&
        choices.map((c) => (
          <button
            key={c.label}
            type="button"
            role="menuitem"
            className="fault-menu-item"
            onClick={() => {
              onClose();
              void simCommands.inject({ ...c.fault, target: target.nodeId });
            }}
          >
            {c.label}
          </button>
        ))}
      <button type="button" className="fault-menu-item fault-menu-cancel" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
