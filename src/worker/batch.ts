import {
  EDGE_METRIC_COUNT,
  METRIC,
  METRIC_COUNT,
  TRACE_OUTCOMES,
  type TraceHop,
  type WindowFrame,
} from '../engine/index.ts';
import type { TraceColumns } from './protocol.ts';

/** Pack closed windows back to back into one transferable array. */
export function packFrames(frames: readonly WindowFrame[], rows: number): Float64Array {
  const width = rows * METRIC_COUNT;
  const out = new Float64Array(frames.length * width);
  frames.forEach((f, i) => out.set(f.values, i * width));
  return out;
}

/** Pack the same windows' per-edge values back to back. */
export function packEdgeFrames(frames: readonly WindowFrame[], edges: number): Float64Array {
  const width = edges * EDGE_METRIC_COUNT;
  const out = new Float64Array(frames.length * width);
  frames.forEach((f, i) => out.set(f.edgeValues, i * width));
  return out;
}

/** Requests the clients finished (succeeded or failed) in these windows. */
export function finishedRequests(frames: readonly WindowFrame[], rows: number): number {
  const o = (rows - 1) * METRIC_COUNT;
  let n = 0;
  for (const f of frames)
    n += (f.values[o + METRIC.completed] ?? 0) + (f.values[o + METRIC.failed] ?? 0);
  return n;
}

/** Sampled hops as columns. */
export function packTraces(hops: readonly TraceHop[]): TraceColumns {
  const n = hops.length;
  const cols = {
    count: n,
    requestId: new Float64Array(n),
    from: new Int32Array(n),
    to: new Int32Array(n),
    sentMs: new Float64Array(n),
    arrivedMs: new Float64Array(n),
    leftMs: new Float64Array(n),
    answeredMs: new Float64Array(n),
    ok: new Uint8Array(n),
    outcome: new Uint8Array(n),
  };
  hops.forEach((h, i) => {
    cols.requestId[i] = h.requestId;
    cols.from[i] = h.from;
    cols.to[i] = h.to;
    cols.sentMs[i] = h.sentMs;
    cols.arrivedMs[i] = h.arrivedMs;
    cols.leftMs[i] = h.leftMs;
    cols.answeredMs[i] = h.answeredMs;
    cols.ok[i] = h.outcome === 'ok' || h.outcome === 'retry' ? 1 : 0;
    cols.outcome[i] = TRACE_OUTCOMES.indexOf(h.outcome);
  });
  return cols;
}

/** The buffers of a batch's arrays, to hand to `transfer`. */
export function transferablesOf(
  frames: Float64Array,
  edgeFrames: Float64Array,
  traces: TraceColumns,
): ArrayBuffer[] {
  return [
    frames,
    edgeFrames,
    traces.requestId,
    traces.from,
    traces.to,
    traces.sentMs,
    traces.arrivedMs,
    traces.leftMs,
    traces.answeredMs,
    traces.ok,
    traces.outcome,
  ].map((a) => a.buffer as ArrayBuffer);
}
