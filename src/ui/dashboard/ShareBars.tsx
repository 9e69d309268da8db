import type { TargetShares } from '../../state/nodeDetailReaders.ts';
import { formatPercent, formatRate } from '../format.ts';

/** Per-target share bars of a balancer or shard router, with the imbalance (max/mean − 1). */
export function ShareBars({ shares }: { readonly shares: TargetShares }) {
  const even = shares.targets.length > 0 ? 1 / shares.targets.length : 0;
  const widest = Math.max(
    even,
    ...shares.targets.map((t) => (Number.isFinite(t.share) ? t.share : 0)),
  );
  return (
    <div className="share-bars" data-testid="share-bars">
      <p className="share-caption">
        Share of calls per target, last {shares.windows} s · imbalance{' '}
        <b data-testid="imbalance">
          {Number.isFinite(shares.imbalance) ? formatPercent(shares.imbalance) : '–'}
        </b>{' '}
        <span className="field-help">(max ÷ mean − 1; the guide warns above 30 %)</span>
      </p>
      <ul>
        {shares.targets.map((t) => (
          <li key={t.targetId} data-testid={`share-${t.targetId}`}>
            <span className="share-label">{t.targetId}</span>
            <span className="share-track">
              <span
                className="share-fill"
                style={{ width: `${(Number.isFinite(t.share) ? t.share / widest : 0) * 100}%` }}
              />
              <span
                className="share-even"
                style={{ left: `${(even / widest) * 100}%` }}
                title="an even share"
              />
            </span>
            <span className="share-value">
              {formatPercent(t.share)} · {formatRate(t.callsPerSec)}/s
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
