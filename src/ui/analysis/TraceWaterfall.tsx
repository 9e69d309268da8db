import type { RequestTrace, WaterfallSpan } from '../../state/analysis/traceReaders.ts';
import { formatMs, formatSeconds } from '../format.ts';

const pct = (ms: number, total: number): string => `${Math.max(0, (ms / total) * 100)}%`;

function SpanRow({ span, total }: { readonly span: WaterfallSpan; readonly total: number }) {
  const outcome = span.ok ? 'ok' : 'failed';
  return (
    <li className="waterfall-row" data-testid="waterfall-span">
      <span className="waterfall-label" style={{ paddingLeft: `${span.depth * 12}px` }}>
        {span.from} → {span.to}
      </span>
      <span className="waterfall-track">
        <span
          className={`waterfall-bar waterfall-${outcome}`}
          style={{ left: pct(span.startMs, total), width: pct(span.endMs - span.startMs, total) }}
          title={`sent ${formatMs(span.startMs)}, arrived ${formatMs(span.arrivedMs)}, answer left ${formatMs(span.leftMs)}, answered ${formatMs(span.endMs)}`}
        >
          <span
            className="waterfall-callee"
            style={{
              left: pct(span.arrivedMs - span.startMs, span.endMs - span.startMs || 1),
              width: pct(span.leftMs - span.arrivedMs, span.endMs - span.startMs || 1),
            }}
          />
        </span>
      </span>
      <span className="waterfall-time">
        {formatMs(span.endMs - span.startMs)} {span.ok ? '' : '✗ failed'}
      </span>
    </li>
  );
}

/** One sampled request as a span waterfall: a bar per hop, times relative to the request's start. */
export function TraceWaterfall({ trace }: { readonly trace: RequestTrace }) {
  const { request, spans } = trace;
  const total = Math.max(request.durationMs, 1e-9);
  return (
    <section data-testid="trace-waterfall">
      <h3>
        Request #{request.requestId} from {request.client} at {formatSeconds(request.startMs)}:{' '}
        {formatMs(request.durationMs)}, {request.ok ? 'succeeded' : 'failed'}
      </h3>
      <p className="analysis-note">
        Each bar is a call, from sent to answered; the darker part is the time at the callee
        (arrival → its answer leaving), the rest is the network. Red bars failed.
      </p>
      <ol className="waterfall">
        {spans.map((s, i) => (
          <SpanRow key={i} span={s} total={total} />
        ))}
      </ol>
      <div className="waterfall-axis">
        <span>0 ms</span>
        <span>{formatMs(request.durationMs)}</span>
      </div>
    </section>
  );
}
