/**
 * The end-of-run debrief, computed from plain numbers: error rate, goodput,
 * the worst window's p99, failures by cause, the faults and their recovery,
 * the alerts that fired, and a verdict in words for every SLO.
 */
import { assertNever } from '../../lib/assertNever.ts';
import type { Slo } from '../../scenario/index.ts';
import type { Debrief, DebriefAlert, DebriefInput, SloVerdict } from './debriefTypes.ts';

export type * from './debriefTypes.ts';

const sig = (v: number): string => (Number.isFinite(v) ? `${Number(v.toPrecision(3))}` : '–');
const pct = (r: number): string => `${Number((r * 100).toPrecision(4))} %`;

function measure(slo: Slo, input: DebriefInput, errorRate: number): number {
  switch (slo.metric) {
    case 'p50':
    case 'p95':
    case 'p99':
    case 'p999':
    case 'mean':
      return input.latencyMs[slo.metric];
    case 'errorRate':
      return errorRate;
    case 'availability':
      return 1 - errorRate;
    case 'goodput':
      return input.goodputPerSec;
    default:
      return assertNever(slo.metric, 'SLO metric');
  }
}

const LABELS: Readonly<Record<Slo['metric'], string>> = {
  p50: 'p50 latency',
  p95: 'p95 latency',
  p99: 'p99 latency',
  p999: 'p99.9 latency',
  mean: 'mean latency',
  errorRate: 'error rate',
  availability: 'availability',
  goodput: 'goodput',
};

function show(slo: Slo, v: number): string {
  if (slo.metric === 'errorRate' || slo.metric === 'availability') return pct(v);
  if (slo.metric === 'goodput') return `${sig(v)} successful requests/s`;
  return `${sig(v)} ms`;
}

/** Judge one SLO: higher-is-better for availability and goodput, lower-is-better otherwise. */
export function judgeSlo(slo: Slo, input: DebriefInput, errorRate: number): SloVerdict {
  const actual = measure(slo, input, errorRate);
  const atLeast = slo.metric === 'availability' || slo.metric === 'goodput';
  const met = atLeast ? actual >= slo.threshold : actual <= slo.threshold;
  const name =
    slo.name ?? `${LABELS[slo.metric]} ${atLeast ? '≥' : '≤'} ${show(slo, slo.threshold)}`;
  const bound = `${atLeast ? 'at least' : 'at most'} ${show(slo, slo.threshold)}`;
  const sentence = `${met ? 'Met' : 'Missed'}: ${LABELS[slo.metric]} was ${show(slo, actual)}; the objective is ${bound}.`;
  return { name, slo, actual, met, sentence };
}

function headline(verdicts: readonly SloVerdict[]): string {
  if (verdicts.length === 0) return 'No service-level objectives are set for this scenario.';
  const missed = verdicts.filter((v) => !v.met);
  if (missed.length === 0) return `Every objective met (${verdicts.length} of ${verdicts.length}).`;
  return `${missed.length} of ${verdicts.length} objectives missed: ${missed.map((v) => v.name).join(', ')}.`;
}

/** The debrief of a finished (or paused) run. */
export function computeDebrief(input: DebriefInput): Debrief {
  const finished = input.succeeded + input.failed;
  const errorRate = finished > 0 ? input.failed / finished : 0;
  const slos = input.slos.map((slo) => judgeSlo(slo, input, errorRate));
  const failuresByCause = Object.entries(input.failuresByCause)
    .filter(([, count]) => count > 0)
    .map(([cause, count]) => ({ cause, count }))
    .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause));
  return {
    requests: input.requests,
    errorRate,
    availability: 1 - errorRate,
    goodputPerSec: input.goodputPerSec,
    peakP99: input.peakP99,
    failuresByCause,
    faults: input.faults,
    alerts: input.alerts ?? null,
    slos,
    headline: headline(slos),
  };
}

/** Alert events (firing / resolved, per rule, in time order) as fired alerts with their end. */
export function pairAlertEvents(
  events: readonly {
    readonly type: 'firing' | 'resolved';
    readonly ruleId: string;
    readonly severity: string;
    readonly atMs: number;
  }[],
): DebriefAlert[] {
  const open = new Map<string, number>();
  const out: { -readonly [K in keyof DebriefAlert]: DebriefAlert[K] }[] = [];
  for (const e of events) {
    if (e.type === 'firing') {
      open.set(e.ruleId, out.length);
      out.push({ ruleId: e.ruleId, severity: e.severity, firedAtMs: e.atMs, resolvedAtMs: null });
    } else {
      const i = open.get(e.ruleId);
      const alert = i === undefined ? undefined : out[i];
      if (alert) alert.resolvedAtMs = e.atMs;
      open.delete(e.ruleId);
    }
  }
  return out;
}
