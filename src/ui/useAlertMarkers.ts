import { useMemo } from 'react';
import { selectAlertEvents, useAlertLogStore } from '../state/alertLogStore.ts';
import type { AlertMarker } from './dashboard/timeMarkers.tsx';

/** The alert log's firing alerts as chart markers (a stable array between log changes). */
export function useAlertMarkers(): readonly AlertMarker[] {
  const events = useAlertLogStore(selectAlertEvents);
  return useMemo(() => {
    const out: AlertMarker[] = [];
    for (const e of events) {
      if (e.kind === 'alert' && e.state === 'firing')
        out.push({ atMs: e.atMs, label: `${e.ruleId} · ${e.scope}`, severity: e.severity });
    }
    return out;
  }, [events]);
}
