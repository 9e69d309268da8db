import { ReferenceArea, ReferenceLine } from 'recharts';
import { describe, expect, it } from 'vitest';
import type { FaultWindow } from '../../state/faultTimeline.ts';
import { renderTimeMarkers, toFaultMarkers } from './timeMarkers.tsx';

const windowOf = (index: number, atMs: number, patch: Partial<FaultWindow> = {}): FaultWindow => ({
  index,
  type: 'crash',
  laneKey: 'api',
  atMs,
  durationMs: 2_000,
  label: 'crash',
  instant: false,
  ...patch,
});

describe('timeMarkers', () => {
  it('turns windows into markers in seconds, in time order, close neighbours on alternate rows', () => {
    const markers = toFaultMarkers(
      [
        windowOf(0, 60_000),
        windowOf(1, 30_000, { laneKey: 'users→api', label: '+200 ms' }),
        windowOf(2, 35_000),
        windowOf(3, 40_000),
      ],
      120_000,
    );
    expect(markers.map((m) => [m.key, m.startS, m.endS, m.row])).toEqual([
      ['fault-1', 30, 32, 0],
      ['fault-2', 35, 37, 1],
      ['fault-3', 40, 42, 0],
      ['fault-0', 60, 62, 1],
    ]);
    expect(markers[0]?.label).toBe('+200 ms · users → api');
  });

  it('draws windows as bands, instants and alerts as lines', () => {
    const faults = toFaultMarkers(
      [windowOf(0, 1_000), windowOf(1, 5_000, { instant: true, durationMs: 0 })],
      10_000,
    );
    const elements = renderTimeMarkers({
      faults,
      alerts: [{ atMs: 7_000, label: 'error rate > 10 %', severity: 'critical' }],
    });
    expect(elements.map((e) => e.type)).toEqual([ReferenceArea, ReferenceLine, ReferenceLine]);
    expect(elements[2]?.props).toMatchObject({ x: 7, className: 'alert-marker alert-critical' });
    expect(renderTimeMarkers({ faults: [], alerts: [] })).toEqual([]);
  });
});
