/**
 * Reading the trace log for people: the slowest complete requests, and one
 * request's spans laid out as a waterfall (times relative to its start).
 */
import type { MetricsLayout } from '../metricsAccess.ts';
import type { TraceLog, TraceSpan } from './traceLog.ts';

export interface SampledRequest {
  readonly requestId: number;
  readonly client: string;
  readonly startMs: number;
  readonly durationMs: number;
  readonly ok: boolean;
  readonly hops: number;
}

export interface WaterfallSpan {
  readonly from: string;
  readonly to: string;
  /** Relative to the request's start, ms. */
  readonly startMs: number;
  readonly arrivedMs: number;
  readonly leftMs: number;
  readonly endMs: number;
  readonly ok: boolean;
  /** Nesting depth: 0 for the client's call, 1 for the calls made inside it, … */
  readonly depth: number;
}

export interface RequestTrace {
  readonly request: SampledRequest;
  readonly spans: readonly WaterfallSpan[];
}

const isClient = (layout: MetricsLayout, node: number): boolean =>
  layout.nodeKinds[node] === 'client';

/** The root span (the client's call), or undefined while the request is unfinished. */
function rootOf(layout: MetricsLayout, spans: readonly TraceSpan[]): TraceSpan | undefined {
  return spans.find((s) => isClient(layout, s.from));
}

function toRequest(
  layout: MetricsLayout,
  id: number,
  spans: readonly TraceSpan[],
): SampledRequest | null {
  const root = rootOf(layout, spans);
  if (root === undefined) return null;
  return {
    requestId: id,
    client: layout.nodeIds[root.from] ?? '?',
    startMs: root.sentMs,
    durationMs: root.answeredMs - root.sentMs,
    ok: root.ok,
    hops: spans.length,
  };
}

/** The `limit` slowest complete sampled requests, slowest first (failed ones included). */
export function getSlowRequests(
  log: TraceLog,
  layout: MetricsLayout,
  limit = 15,
): SampledRequest[] {
  const out: SampledRequest[] = [];
  for (const id of log.getRequestIds()) {
    const r = toRequest(layout, id, log.getSpans(id));
    if (r) out.push(r);
  }
  return out
    .sort((a, b) => b.durationMs - a.durationMs || a.requestId - b.requestId)
    .slice(0, limit);
}

/** Depth of a span: how many other spans of the request enclose it (by caller = callee). */
function depthOf(span: TraceSpan, spans: readonly TraceSpan[], seen = 0): number {
  const parent = spans.find(
    (p) => p.to === span.from && p.arrivedMs <= span.sentMs && span.answeredMs <= p.leftMs,
  );
  return parent === undefined || seen > spans.length ? 0 : 1 + depthOf(parent, spans, seen + 1);
}

/** One request as a waterfall, spans in the order they were sent; null when not (fully) sampled. */
export function getRequestTrace(
  log: TraceLog,
  layout: MetricsLayout,
  requestId: number,
): RequestTrace | null {
  const spans = log.getSpans(requestId);
  const request = toRequest(layout, requestId, spans);
  if (request === null) return null;
  const t0 = request.startMs;
  const name = (i: number): string => layout.nodeIds[i] ?? '?';
  const waterfall = [...spans]
    .sort((a, b) => a.sentMs - b.sentMs || b.answeredMs - a.answeredMs)
    .map((s) => ({
      from: name(s.from),
      to: name(s.to),
      startMs: s.sentMs - t0,
      arrivedMs: s.arrivedMs - t0,
      leftMs: s.leftMs - t0,
      endMs: s.answeredMs - t0,
      ok: s.ok,
      depth: depthOf(s, spans),
    }));
  return { request, spans: waterfall };
}
