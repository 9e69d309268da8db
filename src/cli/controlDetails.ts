/**
 * The control plane's part of the human-readable output: the rules that
 * fired, what the autoscalers did, and the time to recover after each fault.
 * Nothing is printed for a scenario without rules, scaling or faults.
 */
import type { ControlSummary } from '../engine/index.ts';
import { count, seconds, table } from './cells.ts';

/** Sections for the rules, scaling and faults of a run, each after a blank line. */
export function formatControl(summary: ControlSummary): string[] {
  return [...alertLines(summary), ...scalingLines(summary), ...faultLines(summary)];
}

function alertLines({ alerts }: ControlSummary): string[] {
  if (alerts === undefined) return [];
  const head = `alerts: ${count(alerts.fired.length)} of ${count(alerts.rules)} rules fired, ${count(alerts.firings)} times`;
  const rows = alerts.fired.map((r) => [
    r.ruleId,
    r.severity,
    count(r.firings),
    r.firstFiredAtMs === null ? '–' : seconds(r.firstFiredAtMs),
    seconds(r.firingMs),
  ]);
  if (rows.length === 0) return ['', head];
  return [
    '',
    head,
    ...table([['rule', 'severity', 'firings', 'first', 'firing for'], ...rows], (i) => i < 2),
  ];
}

function scalingLines({ scaling }: ControlSummary): string[] {
  if (scaling === undefined) return [];
  const rows = Object.entries(scaling.nodes).map(([id, n]) => [
    id,
    count(n.scaleOuts),
    count(n.scaleIns),
    count(n.peakInstances),
    count(n.finalInstances),
  ]);
  return [
    '',
    `scaling: ${count(scaling.scaleOuts)} scale-outs, ${count(scaling.scaleIns)} scale-ins`,
    ...table([['service', 'outs', 'ins', 'peak', 'final'], ...rows], (i) => i < 1),
  ];
}

function faultLines({ faults, faultCount }: ControlSummary): string[] {
  if (faults === undefined) return [];
  const rows = faults.map((f) => [
    f.origin,
    f.type,
    f.target,
    seconds(f.atMs),
    seconds(f.durationMs),
    f.timeToRecoverMs === null ? f.status : seconds(f.timeToRecoverMs),
  ]);
  const shown =
    faultCount !== undefined && faultCount > faults.length ? ` (first ${faults.length})` : '';
  return [
    '',
    `faults: ${count(faultCount ?? faults.length)}${shown}; time to recover = goodput and p99 back within their pre-fault band`,
    ...table([['origin', 'type', 'target', 'at', 'for', 'recovered after'], ...rows], (i) => i < 3),
  ];
}
