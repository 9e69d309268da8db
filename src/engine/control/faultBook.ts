/**
 * The faults of a run as a person names them — "api-1 crashed at 30 s for
 * 20 s" — for the control log and the recovery report. The engine schedules
 * `FaultSpec`s, and one fault may be several of them: a node's partition is
 * one per edge. Chaos faults come grouped by `planChaos`; on the timeline,
 * consecutive partitions with the same times and a common node are one fault
 * on that node (that is how a node's partition compiles, and how one injected
 * live arrives).
 */
import type { FaultSpec, ModelSpec } from '../spec.ts';
import type { ControlLog } from './controlLog.ts';
import { measureRecovery, type RecoveryMeasure, type TotalsSeries } from './faultRecovery.ts';

export type FaultOrigin = 'timeline' | 'chaos';

/** One fault with its recovery, as the run summary lists it. */
export interface FaultRecovery extends RecoveryMeasure {
  readonly origin: FaultOrigin;
  readonly type: string;
  /** A node id, or `from→to` for an edge. */
  readonly target: string;
  readonly atMs: number;
  readonly durationMs: number;
}

interface LogicalFault {
  readonly origin: FaultOrigin;
  readonly type: string;
  readonly atMs: number;
  readonly durationMs: number;
  /** The nodes every member touches (for partitions: which node is cut off). */
  common: number[];
  members: number;
  readonly firstEdge: number;
  readonly node: number;
}

export class FaultBook {
  private readonly spec: ModelSpec;
  private readonly log: ControlLog;
  private readonly faults: LogicalFault[] = [];
  /** The logical fault of each scheduled spec, by its event key (≥ 0 timeline, < 0 chaos). */
  private readonly byKey = new Map<number, { fault: LogicalFault; leader: boolean }>();
  private lastKey: number | null = null;

  constructor(spec: ModelSpec, log: ControlLog) {
    this.spec = spec;
    this.log = log;
  }

  /**
   * A spec was put on the event list under `key`. A chaos fault names its node
   * (`chaos.node`) and says whether this spec starts it or joins the previous one.
   */
  scheduled(
    key: number,
    f: FaultSpec,
    origin: FaultOrigin,
    chaos?: { readonly node: number; readonly leader: boolean },
  ): void {
    const previous = this.lastKey === null ? undefined : this.byKey.get(this.lastKey)?.fault;
    this.lastKey = key;
    const joins = chaos === undefined ? this.continues(previous, f, origin) : !chaos.leader;
    if (previous !== undefined && joins) {
      previous.members++;
      if (f.type === 'partition') previous.common = this.touching(f.edge, previous.common);
      this.byKey.set(key, { fault: previous, leader: false });
      return;
    }
    const fault: LogicalFault = {
      origin,
      type: f.type,
      atMs: f.atMs,
      durationMs: f.durationMs,
      common: 'edge' in f ? this.touching(f.edge, null) : [f.node],
      members: 1,
      firstEdge: 'edge' in f ? f.edge : -1,
      node: chaos?.node ?? ('node' in f ? f.node : -1),
    };
    this.faults.push(fault);
    this.byKey.set(key, { fault, leader: true });
  }

  started(key: number, atMs: number): void {
    this.logPhase(key, 'start', atMs);
  }

  ended(key: number, atMs: number): void {
    this.logPhase(key, 'end', atMs);
  }

  get count(): number {
    return this.faults.length;
  }

  /** Every fault with its recovery, by start time (timeline before chaos, then target). */
  report(series: TotalsSeries, endMs: number, max: number): FaultRecovery[] {
    const rows = this.faults.map((f) => ({
      origin: f.origin,
      type: f.type,
      target: this.targetOf(f),
      atMs: f.atMs,
      durationMs: f.durationMs,
      ...measureRecovery(series, f, endMs),
    }));
    // Plain code-unit comparison: the order must not depend on the runtime's locale.
    const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    rows.sort(
      (a, b) =>
        a.atMs - b.atMs ||
        cmp(b.origin, a.origin) || // timeline before chaos
        cmp(a.target, b.target) ||
        cmp(a.type, b.type),
    );
    return rows.slice(0, max);
  }

  private continues(
    previous: LogicalFault | undefined,
    f: FaultSpec,
    origin: FaultOrigin,
  ): previous is LogicalFault {
    if (previous === undefined || f.type !== 'partition' || previous.type !== 'partition')
      return false;
    if (previous.origin !== origin || previous.atMs !== f.atMs) return false;
    return (
      previous.durationMs === f.durationMs && this.touching(f.edge, previous.common).length > 0
    );
  }

  /** The nodes of `edge`, kept to those in `among` when given. */
  private touching(edge: number, among: readonly number[] | null): number[] {
    const e = this.spec.edges[edge]!;
    const ends = [e.from, e.to];
    return among === null ? ends : among.filter((n) => ends.includes(n));
  }

  private targetOf(f: LogicalFault): string {
    const nodes = this.spec.nodes;
    if (f.node >= 0) return nodes[f.node]!.id;
    if (f.members > 1 && f.common.length === 1) return nodes[f.common[0]!]!.id;
    const e = this.spec.edges[f.firstEdge]!;
    return `${nodes[e.from]!.id}→${nodes[e.to]!.id}`;
  }

  private logPhase(key: number, phase: 'start' | 'end', atMs: number): void {
    const entry = this.byKey.get(key);
    if (entry === undefined || !entry.leader) return;
    const f = entry.fault;
    this.log.push({
      kind: 'fault',
      atMs,
      phase,
      origin: f.origin,
      type: f.type,
      target: this.targetOf(f),
      durationMs: f.durationMs,
    });
  }
}
