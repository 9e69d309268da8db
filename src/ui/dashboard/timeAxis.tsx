/**
 * The pieces every time chart shares: the x axis (simulated seconds over the
 * run), the sync id that gives all of them one crosshair, and tooltip numbers
 * with three significant figures and their unit.
 */
import type { ReactElement } from 'react';
import { XAxis, YAxis } from 'recharts';
import { AXIS_TICK, formatAxisSeconds, formatAxisValue } from './chartTheme.ts';

/** Charts with this `syncId` share the crosshair and tooltip position. */
export const TIME_SYNC_ID = 'distsim-time';

/**
 * The x range of the time charts: `[0, run length]` for the whole run, or
 * `['dataMin', 'dataMax']` when the points were cut to a recent window.
 */
export type TimeDomain = readonly [number | 'dataMin', number | 'dataMax'];

/** The x domain for the whole run, or (for a recent window, whose points are already cut) the data's own. */
export function getTimeDomain(durationS: number, wholeRun: boolean): TimeDomain {
  return wholeRun ? [0, durationS] : ['dataMin', 'dataMax'];
}

/** The x axis of a time chart over `domain` (simulated seconds). */
export function renderTimeAxis(domain: TimeDomain): ReactElement {
  return (
    <XAxis
      dataKey="t"
      type="number"
      domain={[...domain]}
      allowDataOverflow
      tick={AXIS_TICK}
      tickFormatter={formatAxisSeconds}
      unit=" s"
    />
  );
}

const sig3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** A tooltip value with three significant figures and a unit: `1,230 /s`, `2.45 ×`. */
export function formatSig3(value: unknown, unit: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return `${sig3.format(value)}${unit === '' ? '' : ` ${unit}`}`;
}

/** Options of a value (y) axis. */
export interface ValueAxisOptions {
  /** Unit printed along the axis, e.g. `req/s`, `×`, `targets`. */
  readonly unit: string;
  readonly yAxisId?: string;
  readonly orientation?: 'left' | 'right';
  readonly domain?: readonly [number | string, number | string];
  readonly allowDecimals?: boolean;
}

/** A y axis with its unit written along it. */
export function renderValueAxis(options: ValueAxisOptions): ReactElement {
  const { unit, yAxisId, orientation = 'left', domain, allowDecimals = true } = options;
  return (
    <YAxis
      {...(yAxisId === undefined ? {} : { yAxisId })}
      {...(domain === undefined ? {} : { domain: [...domain] })}
      orientation={orientation}
      allowDecimals={allowDecimals}
      tick={AXIS_TICK}
      width={58}
      tickFormatter={formatAxisValue}
      label={{
        value: unit,
        angle: orientation === 'left' ? -90 : 90,
        position: orientation === 'left' ? 'insideLeft' : 'insideRight',
        style: AXIS_LABEL_STYLE,
      }}
    />
  );
}

const AXIS_LABEL_STYLE = { fontSize: 12, fill: '#4a5666', textAnchor: 'middle' } as const;
