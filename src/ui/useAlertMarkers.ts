import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type AlertLogState, type ControlEvent, useAlertLogStore } from '../state/alertLogStore.ts';
import type { AlertMarker } from './dashboard/timeMarkers.tsx';

type FiringAlert = Extract<ControlEvent, { kind: 'alert' }>;

const isFiring = (e: ControlEvent): e is FiringAlert => e.kind === 'alert' && e.state === 'firing';
const selectFiring = (s: AlertLogState): FiringAlert[] => s.events.filter(isFiring);

/**
 * The alert log's firing alerts as chart markers (a stable array between
 * alerts): other control events (faults, scaling, resolved alerts) do not
 * re-render the dashboard, as the shallow comparison sees the same alerts.
 */
export function useAlertMarkers(): readonly AlertMarker[] {
  const firing = useAlertLogStore(useShallow(selectFiring));
  return useMemo(
    () =>
      firing.map((e) => ({
        atMs: e.atMs,
        label: `${e.ruleId} · ${e.scope}`,
        severity: e.severity,
      })),
    [firing],
  );
}
