/**
 * Marks on every time chart, drawn one shared way: fault windows (everything
 * in `scenario.faults`, from the timeline or injected live) as shaded bands
 * with their label, instant faults and alerts as vertical lines, live
 * parameter edits as thin dashed lines labelled at the bottom. Charts call
 * `renderTimeMarkers(markers)` inside their Recharts element.
 */
import type { ReactElement } from 'react';
import { ReferenceArea, ReferenceLine } from 'recharts';
import type { FaultWindow } from '../../state/faultTimeline.ts';
import { MARKER_COLORS } from './seriesColors.ts';

/** How serious an alert is, as the guide's rules grade them. */
export type AlertSeverity = 'info' | 'warning' | 'critical';

/** An alert to mark on the time charts (fed by the alert rules once they report). */
export interface AlertMarker {
  /** Simulated time the alert fired, ms. */
  readonly atMs: number;
  readonly label: string;
  readonly severity: AlertSeverity;
}

/** A fault window on a time chart, in simulated seconds. */
export interface FaultMarker {
  readonly key: string;
  readonly startS: number;
  readonly endS: number;
  readonly instant: boolean;
  /** `slow ×3 · api`. */
  readonly label: string;
  /** Label row (0 or 1): neighbours that start close together alternate, so labels do not overlap. */
  readonly row: number;
}

/** A parameter edit made during the run (or replayed from the scenario's `edits`). */
export interface EditMarker {
  readonly key: string;
  readonly atMs: number;
  /** `api-1 workers 4→8`. */
  readonly label: string;
}

/** Everything marked on the time charts. */
export interface TimeMarkers {
  readonly faults: readonly FaultMarker[];
  readonly alerts: readonly AlertMarker[];
  /** Absent = none. */
  readonly edits?: readonly EditMarker[];
}

export const NO_MARKERS: TimeMarkers = { faults: [], alerts: [] };

/** Starts closer than this share of the run (a label is about a third of a chart wide) put the later label on the other row. */
const CLOSE_SHARE = 0.3;

/** Fault windows as chart markers, in time order, labels of close neighbours on alternate rows. */
export function toFaultMarkers(windows: readonly FaultWindow[], runMs: number): FaultMarker[] {
  const sorted = [...windows].sort((a, b) => a.atMs - b.atMs || a.index - b.index);
  const markers: FaultMarker[] = [];
  for (const w of sorted) {
    const previous = markers.at(-1);
    const close = previous !== undefined && w.atMs - previous.startS * 1000 < runMs * CLOSE_SHARE;
    markers.push({
      key: `fault-${w.index}`,
      startS: w.atMs / 1000,
      endS: (w.atMs + w.durationMs) / 1000,
      instant: w.instant,
      label: `${w.label} · ${w.laneKey.replace('→', ' → ')}`,
      row: close && previous.row === 0 ? 1 : 0,
    });
  }
  return markers;
}

const LABEL_STYLE = { fontSize: 12, fontWeight: 600 } as const;

/** A fault label at the top left of its band, one text line lower on row 1. */
const faultLabel = (f: FaultMarker) => ({
  value: f.label,
  position: 'insideTopLeft' as const,
  offset: 4 + f.row * 15,
  fill: MARKER_COLORS.faultInk,
  ...LABEL_STYLE,
});

/** The Recharts elements for `markers` (on y axis `yAxisId` when the chart has several). */
export function renderTimeMarkers(markers: TimeMarkers, yAxisId?: string): ReactElement[] {
  const axis = yAxisId === undefined ? {} : { yAxisId };
  const faults = markers.faults.map((f) =>
    f.instant ? (
      <ReferenceLine
        key={f.key}
        {...axis}
        x={f.startS}
        className="fault-marker"
        stroke={MARKER_COLORS.fault}
        strokeDasharray="4 3"
        ifOverflow="hidden"
        label={faultLabel(f)}
      />
    ) : (
      <ReferenceArea
        key={f.key}
        {...axis}
        x1={f.startS}
        x2={f.endS}
        className="fault-marker"
        fill={MARKER_COLORS.fault}
        fillOpacity={0.13}
        stroke={MARKER_COLORS.fault}
        strokeOpacity={0.35}
        ifOverflow="hidden"
        label={faultLabel(f)}
      />
    ),
  );
  const alerts = markers.alerts.map((a, i) => (
    <ReferenceLine
      key={`alert-${i}-${a.atMs}`}
      {...axis}
      x={a.atMs / 1000}
      className={`alert-marker alert-${a.severity}`}
      stroke={MARKER_COLORS[a.severity]}
      strokeWidth={2}
      ifOverflow="hidden"
      // A short mark: alerts often fire together, and their names are in the alert log.
      label={{
        value: a.severity === 'critical' ? '!!' : '!',
        position: 'insideTopLeft',
        fill: MARKER_COLORS[a.severity],
        ...LABEL_STYLE,
      }}
    />
  ));
  return [...faults, ...alerts, ...(markers.edits ?? []).map((e) => renderEdit(e, axis))];
}

/** A thin dashed line with its label at the bottom (fault labels sit at the top, alerts are marks). */
function renderEdit(e: EditMarker, axis: { yAxisId?: string }): ReactElement {
  return (
    <ReferenceLine
      key={e.key}
      {...axis}
      x={e.atMs / 1000}
      className="edit-marker"
      stroke={MARKER_COLORS.edit}
      strokeWidth={1.5}
      strokeDasharray="2 3"
      ifOverflow="hidden"
      label={{
        value: e.label,
        position: 'insideBottomLeft',
        offset: 4,
        fill: MARKER_COLORS.editInk,
        fontSize: 11,
        fontWeight: 600,
      }}
    />
  );
}
