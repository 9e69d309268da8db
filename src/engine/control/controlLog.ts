/**
 * The control event log: what the control plane around the simulation did and
 * saw, in simulated-time order — alert rules changing state (with the actions
 * taken when one fires), instances added, removed and ready, faults starting
 * and ending. Plain JSON objects (they cross the worker boundary as they are);
 * kept in a bounded buffer that the worker drains with every batch.
 */
import type { AlertSeverity } from './alertRules.ts';

/** An alert rule changed state at a window's close. */
export interface AlertLogEvent {
  readonly kind: 'alert';
  readonly atMs: number;
  readonly state: 'pending' | 'firing' | 'resolved' | 'inactive';
  readonly ruleId: string;
  readonly severity: AlertSeverity;
  /** The metric's value in the window that caused the change (NaN when undefined). */
  readonly value: number;
  readonly metric: string;
  /** A node id, or `totals`. */
  readonly scope: string;
  readonly comparator: '>' | '<';
  readonly threshold: number;
  /** Firing: what each action did, in the rule's order. */
  readonly actions?: readonly ActionOutcome[];
}

/** One action of a firing rule and what came of it. */
export interface ActionOutcome {
  readonly type: 'open-breaker' | 'scale';
  /** `from→to` for a breaker, the node id for a scale. */
  readonly target: string;
  /** e.g. `opened`, `already open`, `2 → 3 instances (+1 ready at 75 s)`, `at most 10 instances`. */
  readonly result: string;
}

/** A service's instances changed (an autoscaler or a rule's scale action), or started ones became ready. */
export interface ScalingLogEvent {
  readonly kind: 'scaling';
  readonly atMs: number;
  readonly node: string;
  readonly change: 'scale-out' | 'scale-in' | 'ready';
  /** Instances added, removed (ready or starting) or become ready. */
  readonly count: number;
  /** Serving instances after the change. */
  readonly ready: number;
  /** Instances still starting after the change. */
  readonly pending: number;
  /** scale-out: when the new instances will serve. */
  readonly readyAtMs?: number;
  /** `autoscaler`, or `rule <id>` for an alert action. */
  readonly cause: string;
}

/** A fault of the timeline (including faults injected live) or of chaos mode started or ended. */
export interface FaultLogEvent {
  readonly kind: 'fault';
  readonly atMs: number;
  readonly phase: 'start' | 'end';
  readonly origin: 'timeline' | 'chaos';
  readonly type: string;
  /** A node id, or `from→to` for an edge. */
  readonly target: string;
  readonly durationMs: number;
}

export type ControlEvent = AlertLogEvent | ScalingLogEvent | FaultLogEvent;

/** Events kept between two drains; older ones are dropped (and counted) beyond this. */
export const CONTROL_LOG_CAPACITY = 2000;

/** A bounded FIFO of control events. */
export class ControlLog {
  private events: ControlEvent[] = [];
  private droppedCount = 0;

  push(event: ControlEvent): void {
    this.events.push(event);
    if (this.events.length > CONTROL_LOG_CAPACITY) {
      const excess = this.events.length - CONTROL_LOG_CAPACITY;
      this.events.splice(0, excess);
      this.droppedCount += excess;
    }
  }

  /** Events since the last drain, oldest first. */
  drain(): ControlEvent[] {
    const out = this.events;
    this.events = [];
    return out;
  }

  /** Events dropped because nobody drained them in time. */
  get dropped(): number {
    return this.droppedCount;
  }
}
