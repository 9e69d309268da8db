import type { BreakerLane, BreakerStateName } from '../../state/edgeSeriesReaders.ts';
import { formatTooltipLabel } from './chartTheme.ts';

/** The state a lane was in at `t` (the window ending at or after `t`), or null outside its windows. */
export function getBreakerStateAt(lane: BreakerLane, t: number): BreakerStateName | null {
  const segment = lane.segments.find((s) => t > s.startS && t <= s.endS);
  return segment?.state ?? null;
}

/** The crosshair's tooltip: each breaker's state at that time. Recharts passes `active` and `label`. */
export function BreakerTooltip({
  lanes,
  active,
  label,
}: {
  readonly lanes: readonly BreakerLane[];
  readonly active?: boolean;
  readonly label?: unknown;
}) {
  if (active !== true || typeof label !== 'number') return null;
  return (
    <div className="recharts-default-tooltip breaker-tooltip">
      <p className="recharts-tooltip-label">{formatTooltipLabel(label)}</p>
      {lanes.map((lane) => (
        <p key={lane.edge.key}>
          {lane.edge.label}: <b>{getBreakerStateAt(lane, label) ?? '–'}</b>
        </p>
      ))}
    </div>
  );
}
