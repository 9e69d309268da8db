import type { KeyboardEvent } from 'react';

/** The dashboard's groups of panels. */
export const DASHBOARD_TABS = [
  { id: 'traffic', label: 'Traffic' },
  { id: 'failures', label: 'Failures' },
  { id: 'resilience', label: 'Resilience' },
] as const;
export type DashboardTab = (typeof DASHBOARD_TABS)[number]['id'];

/** Tabs over the dashboard (ARIA tabs: ←/→ move between them). */
export function DashboardTabs({
  value,
  onChange,
}: {
  readonly value: DashboardTab;
  readonly onChange: (tab: DashboardTab) => void;
}) {
  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const i = DASHBOARD_TABS.findIndex((t) => t.id === value);
    const next = DASHBOARD_TABS[(i + step + DASHBOARD_TABS.length) % DASHBOARD_TABS.length];
    if (next === undefined) return;
    e.preventDefault();
    onChange(next.id);
    document.getElementById(`dashboard-tab-${next.id}`)?.focus();
  };
  return (
    <div className="dashboard-tabs" role="tablist" aria-label="Dashboard" onKeyDown={onKey}>
      {DASHBOARD_TABS.map((t) => (
        <button
          key={t.id}
          id={`dashboard-tab-${t.id}`}
          type="button"
          role="tab"
          className="dashboard-tab"
          aria-selected={t.id === value}
          aria-controls="dashboard-tabpanel"
          tabIndex={t.id === value ? 0 : -1}
          data-testid={`tab-${t.id}`}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
