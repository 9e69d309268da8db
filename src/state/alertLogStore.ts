/**
 * The control log of the current run as the Alerts panel shows it: alert
 * state changes (with the actions taken), scaling and faults, newest kept.
 * Bounded: beyond `ALERT_LOG_LIMIT` the oldest events are dropped and counted.
 * The sim controller appends at most once per progress commit (~5 Hz).
 */
import { create } from 'zustand';
import type { ControlEvent } from '../worker/client.ts';

export type { ControlEvent } from '../worker/client.ts';

/** Events kept for display. */
export const ALERT_LOG_LIMIT = 500;

export interface AlertLogState {
  /** Oldest first, at most `ALERT_LOG_LIMIT`. */
  readonly events: readonly ControlEvent[];
  /** Events received in this run, dropped ones included. */
  readonly received: number;
  append(events: readonly ControlEvent[]): void;
  reset(): void;
}

type AlertLogData = Pick<AlertLogState, 'events' | 'received'>;

export const initialAlertLogData: AlertLogData = { events: [], received: 0 };

export const useAlertLogStore = create<AlertLogState>()((set) => ({
  ...initialAlertLogData,
  append: (incoming) => {
    if (incoming.length === 0) return;
    set((s) => {
      const all = [...s.events, ...incoming];
      return {
        events: all.length > ALERT_LOG_LIMIT ? all.slice(all.length - ALERT_LOG_LIMIT) : all,
        received: s.received + incoming.length,
      };
    });
  },
  reset: () => set(initialAlertLogData),
}));

export const selectAlertEvents = (s: AlertLogState): readonly ControlEvent[] => s.events;
export const selectAlertsReceived = (s: AlertLogState): number => s.received;
