/**
 * The scenario's faults as windows on a timeline: one lane per target (a node,
 * or an edge `from→to`), each fault a window [atMs, atMs + durationMs) with a
 * short label. Pure reads of a scenario, plus the bounds a moved or resized
 * window must keep (inside the run), reported the validator's way.
 */
import { assertNever } from '../lib/assertNever.ts';
import type { Scenario, ScenarioError } from './scenarioAccess.ts';

/** One fault of the public format. */
export type ScenarioFault = NonNullable<Scenario['faults']>[number];
/** Every fault type of the format. */
export type FaultType = ScenarioFault['type'];

/** When a fault starts and how long it lasts (0 for an instant such as a cache flush). */
export interface FaultTiming {
  readonly atMs: number;
  readonly durationMs: number;
}

/** A fault drawn on the timeline. */
export interface FaultWindow extends FaultTiming {
  /** Position in `scenario.faults`: the fault's identity for edits. */
  readonly index: number;
  readonly type: FaultType;
  /** The lane: a node id, or `from→to` for an edge. */
  readonly laneKey: string;
  /** Short text for the bar and the chart markers, e.g. `slow ×3`. */
  readonly label: string;
  /** Happens at one instant (a cache flush): no duration to resize. */
  readonly instant: boolean;
}

/** One row of the timeline. */
export interface FaultLane {
  readonly key: string;
  /** `api`, or `users → api` for an edge. */
  readonly label: string;
}

const percent = (share: number): string => `${Number((share * 100).toPrecision(3))}%`;

/** A fault in a few words: `slow ×3`, `errors 50%`, `+200 ms`. */
export function describeFault(fault: ScenarioFault): string {
  switch (fault.type) {
    case 'crash':
      return 'crash';
    case 'slow':
      return `slow ×${fault.factor}`;
    case 'errors':
      return `errors ${percent(fault.probability)}`;
    case 'latency':
      return `+${fault.addMs} ms`;
    case 'partition':
      return 'partition';
    case 'cache-flush':
      return 'cache flush';
    case 'shard-down':
      return 'shard down';
    case 'replica-lag':
      return `replica lag ×${fault.factor}`;
    case 'traffic-spike':
      return `traffic ×${fault.factor}`;
    case 'hot-key':
      return `hot key ${percent(fault.hotShare)}`;
    default:
      return assertNever(fault, 'fault type');
  }
}

/** The lane key of a fault: its node, or `from→to`. */
export function getFaultLaneKey(fault: ScenarioFault): string {
  return 'target' in fault ? fault.target : `${fault.from}→${fault.to}`;
}

/** How long a fault lasts; 0 for an instant one. */
export const getFaultDuration = (fault: ScenarioFault): number =>
  'durationMs' in fault ? fault.durationMs : 0;

/** Every fault of the scenario as a window, in scenario order. */
export function getFaultWindows(scenario: Scenario): FaultWindow[] {
  return (scenario.faults ?? []).map((fault, index) => ({
    index,
    type: fault.type,
    laneKey: getFaultLaneKey(fault),
    atMs: fault.atMs,
    durationMs: getFaultDuration(fault),
    label: describeFault(fault),
    instant: !('durationMs' in fault),
  }));
}

/** The lanes that hold a fault: nodes in scenario order, then edges in scenario order. */
export function getFaultLanes(scenario: Scenario, windows: readonly FaultWindow[]): FaultLane[] {
  const used = new Set(windows.map((w) => w.laneKey));
  const nodes = scenario.nodes.filter((n) => used.has(n.id)).map((n) => n.id);
  const edges = scenario.edges.map((e) => `${e.from}→${e.to}`).filter((k) => used.has(k));
  return [...nodes, ...edges].map((key) => ({ key, label: key.replace('→', ' → ') }));
}

const seconds = (ms: number): string => `${Number((ms / 1000).toPrecision(4))} s`;

/**
 * Why a window may not have `timing` in a run of `runMs`: it must start at 0 or
 * later, last more than 0 ms and end by the run's end (an instant fault: happen
 * before it). Empty when it may.
 */
export function checkFaultTiming(
  index: number,
  timing: FaultTiming,
  runMs: number,
  instant: boolean,
): ScenarioError[] {
  const path = `faults[${index}]`;
  const { atMs, durationMs } = timing;
  if (!Number.isFinite(atMs) || atMs < 0)
    return [
      {
        path: `${path}.atMs`,
        message: `cannot start before the run's start, 0 s (got ${seconds(atMs)})`,
      },
    ];
  if (instant)
    return atMs < runMs
      ? []
      : [
          {
            path: `${path}.atMs`,
            message: `must be before the run's end, ${seconds(runMs)} (got ${seconds(atMs)})`,
          },
        ];
  if (!Number.isFinite(durationMs) || durationMs <= 0)
    return [{ path: `${path}.durationMs`, message: `must be more than 0 ms (got ${durationMs})` }];
  if (atMs + durationMs > runMs)
    return [
      {
        path: `${path}.durationMs`,
        message: `the window must end by the run's end, ${seconds(runMs)}; it would end at ${seconds(atMs + durationMs)}`,
      },
    ];
  return [];
}

/** A copy of `fault` starting at `timing.atMs` and (unless instant) lasting `timing.durationMs`. */
export function retimeFault(fault: ScenarioFault, timing: FaultTiming): ScenarioFault {
  if (!('durationMs' in fault)) return { ...fault, atMs: timing.atMs };
  return { ...fault, atMs: timing.atMs, durationMs: timing.durationMs };
}
