/** Explains the live marks on the canvas: badges, down nodes, breakers and the request dots. */
import { DOT_STYLES } from './canvas/dotStyles.ts';

const DOTS = [
  ['ok', 'success'],
  ['retry', 'retry'],
  ['timeout', 'timeout'],
  ['rejected', 'rejected'],
  ['failed', 'failed'],
] as const;

function DotSwatch({ outcome }: { readonly outcome: keyof typeof DOT_STYLES }) {
  const style = DOT_STYLES[outcome];
  return (
    <svg width="14" height="14" aria-hidden="true" className="legend-dot">
      <circle
        cx="7"
        cy="7"
        r="5"
        fill={style.color}
        stroke={style.ring}
        strokeWidth={style.ringWidth}
        strokeDasharray={style.dash.join(' ')}
        data-outcome={outcome}
      />
    </svg>
  );
}

function EdgeSwatch({ kind }: { readonly kind: string }) {
  return (
    <svg width="26" height="10" aria-hidden="true" className={`legend-edge is-breaker-${kind}`}>
      <line x1="1" y1="5" x2="25" y2="5" className="topology-edge" />
    </svg>
  );
}

/** The live-state legend under the canvas. */
export function LiveStateLegend() {
  return (
    <details className="live-legend-box" data-testid="live-legend">
      <summary>Legend: badges, breakers, request dots</summary>
      <div className="live-legend">
        <span className="legend-item">
          <b>▤</b> queue
        </span>
        <span className="legend-item">
          <b>⇢</b> in flight
        </span>
        <span className="legend-item">
          <b>⚠</b> error share
        </span>
        <span className="legend-item">
          <b>×n</b> instances
        </span>
        <span className="legend-item">
          <b>✓/✕ a/b</b> healthy targets
        </span>
        <span className="legend-item">
          <span className="legend-down">DOWN</span> dashed: node down
        </span>
        <span className="legend-item">
          <EdgeSwatch kind="open" /> ⊘ breaker open
        </span>
        <span className="legend-item">
          <EdgeSwatch kind="half-open" /> ◐ half-open
        </span>
        <span className="legend-item">Requests (hollow out, filled back):</span>
        {DOTS.map(([outcome, label]) => (
          <span key={outcome} className="legend-item">
            <DotSwatch outcome={outcome} /> {label}
          </span>
        ))}
      </div>
    </details>
  );
}
