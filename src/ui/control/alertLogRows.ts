/**
 * Control events as rows of the Alerts panel: when, what (a rule, a service,
 * a fault), severity, the value that caused the change, the new state, and
 * what was done about it. Pure, so the wording is tested without a browser.
 */
import { assertNever } from '../../lib/assertNever.ts';
import type { ControlEvent } from '../../state/alertLogStore.ts';
import { formatCount, formatMs, formatSeconds } from '../format.ts';

/** How a row is coloured (never the only carrier: the state is written out). */
export type RowTone = 'critical' | 'warning' | 'info' | 'ok' | 'neutral';

export interface AlertLogRow {
  readonly key: string;
  readonly time: string;
  readonly subject: string;
  readonly severity: string;
  readonly value: string;
  readonly state: string;
  readonly actions: string;
  readonly tone: RowTone;
}

const SHARES = new Set(['errorRate', 'healthyShare', 'utilization']);

/** A rule metric's value as people read it: shares in %, latencies in ms; NaN = no data. */
export function formatMetricValue(metric: string, value: number): string {
  if (Number.isNaN(value)) return 'no data';
  if (SHARES.has(metric)) {
    const percent = value * 100;
    return `${percent < 10 && percent !== 0 ? percent.toFixed(1) : Math.round(percent)}%`;
  }
  if (metric.startsWith('latency')) return formatMs(value);
  if (metric === 'imbalance') return `${Math.round(value * 100)}%`;
  return Number.isInteger(value) ? formatCount(value) : value.toFixed(2);
}

/** The row of one event; `index` keeps keys unique. */
export function toAlertLogRow(e: ControlEvent, index: number): AlertLogRow {
  const base = { key: `${index}`, time: formatSeconds(e.atMs) };
  switch (e.kind) {
    case 'alert':
      return {
        ...base,
        subject: e.ruleId,
        severity: e.severity,
        value: `${formatMetricValue(e.metric, e.value)} (${e.comparator} ${formatMetricValue(e.metric, e.threshold)})`,
        state: e.state,
        actions: (e.actions ?? [])
          .map((a) => `${describeAction(a.type, a.target)}: ${a.result}`)
          .join('; '),
        tone: alertTone(e.state, e.severity),
      };
    case 'scaling':
      return {
        ...base,
        subject: e.node,
        severity: '',
        value: `${e.ready} serving${e.pending > 0 ? `, ${e.pending} starting` : ''}`,
        state: scalingState(e.change, e.count, e.readyAtMs),
        actions: `by ${e.cause}`,
        tone: 'info',
      };
    case 'fault':
      return {
        ...base,
        subject: `${e.type} ${e.target}`,
        severity: '',
        value: e.durationMs > 0 ? `for ${formatSeconds(e.durationMs)}` : '',
        state: e.phase === 'start' ? 'fault starts' : 'fault ends',
        actions: e.origin === 'chaos' ? 'chaos mode' : 'timeline',
        tone: e.phase === 'start' ? 'warning' : 'neutral',
      };
    default:
      return assertNever(e, 'control event');
  }
}

function describeAction(type: 'open-breaker' | 'scale', target: string): string {
  return type === 'scale' ? `scale ${target}` : `open breaker ${target}`;
}

function scalingState(change: string, count: number, readyAtMs: number | undefined): string {
  if (change === 'scale-out')
    return `scale-out +${count}${readyAtMs === undefined ? '' : ` (ready at ${formatSeconds(readyAtMs)})`}`;
  if (change === 'scale-in') return `scale-in −${count}`;
  return `${count} ready`;
}

function alertTone(state: string, severity: string): RowTone {
  if (state === 'resolved' || state === 'inactive') return 'ok';
  if (state === 'pending') return 'neutral';
  return severity === 'critical' ? 'critical' : severity === 'warning' ? 'warning' : 'info';
}
