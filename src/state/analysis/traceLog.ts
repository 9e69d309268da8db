/**
 * The sampled requests of the live run, hop by hop, for the slow-request list
 * and the span waterfall. The worker samples a few requests per window and
 * sends each hop when its answer gets back to the caller; the root hop (the
 * client's call) comes last, so a request is complete when it arrives. Not
 * reactive, like the metrics history; bounded to the `maxRequests` whose
 * latest hop came last. So a request the canvas still draws a dot for (the
 * dots keep at most `TRACE_CAPACITY` < `DEFAULT_TRACE_REQUESTS` hops, the
 * newest) is always still here when its dot is clicked.
 */
import type { TraceColumns } from '../../worker/client.ts';

/** One hop of a sampled request: a call from one node to another and its answer. */
export interface TraceSpan {
  readonly from: number;
  readonly to: number;
  readonly sentMs: number;
  readonly arrivedMs: number;
  readonly leftMs: number;
  readonly answeredMs: number;
  readonly ok: boolean;
}

export interface TraceLog {
  reset(): void;
  push(traces: TraceColumns): void;
  /** Request ids kept, least recently answered first. */
  getRequestIds(): number[];
  /** The hops of one request in the order they were answered; empty if unknown. */
  getSpans(requestId: number): readonly TraceSpan[];
}

/** Requests kept by default. */
export const DEFAULT_TRACE_REQUESTS = 2000;

/** Create an empty trace log keeping at most `maxRequests` requests. */
export function createTraceLog(maxRequests = DEFAULT_TRACE_REQUESTS): TraceLog {
  const byId = new Map<number, TraceSpan[]>();
  const spanAt = (t: TraceColumns, i: number): TraceSpan => ({
    from: t.from[i] ?? -1,
    to: t.to[i] ?? -1,
    sentMs: t.sentMs[i] ?? Number.NaN,
    arrivedMs: t.arrivedMs[i] ?? Number.NaN,
    leftMs: t.leftMs[i] ?? Number.NaN,
    answeredMs: t.answeredMs[i] ?? Number.NaN,
    ok: t.ok[i] === 1,
  });
  return {
    reset: () => byId.clear(),
    push(traces) {
      for (let i = 0; i < traces.count; i++) {
        const id = traces.requestId[i] ?? -1;
        const spans = byId.get(id);
        if (spans) {
          spans.push(spanAt(traces, i));
          byId.delete(id); // re-inserted: the order is by each request's latest hop
          byId.set(id, spans);
        } else byId.set(id, [spanAt(traces, i)]);
      }
      for (const id of byId.keys()) {
        if (byId.size <= maxRequests) break;
        byId.delete(id); // Map keeps insertion order: the least recently answered go first
      }
    },
    getRequestIds: () => [...byId.keys()],
    getSpans: (requestId) => byId.get(requestId) ?? [],
  };
}

/** The live run's trace log, fed by the sim controller. */
export const traceLog: TraceLog = createTraceLog();
