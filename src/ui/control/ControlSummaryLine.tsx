import { selectSummary, useRunStore } from '../../state/runStore.ts';
import { formatCount } from '../format.ts';

/** After a run: how many rules fired, what the autoscalers did, how many faults there were. */
export function ControlSummaryLine() {
  const summary = useRunStore(selectSummary);
  if (summary === null) return null;
  const parts: string[] = [];
  const { alerts, scaling, faultCount } = summary;
  if (alerts !== undefined)
    parts.push(
      `${alerts.fired.length} of ${alerts.rules} rules fired (${formatCount(alerts.firings)} times)`,
    );
  if (scaling !== undefined)
    parts.push(`${scaling.scaleOuts} scale-outs, ${scaling.scaleIns} scale-ins`);
  if (faultCount !== undefined) parts.push(`${formatCount(faultCount)} faults`);
  if (parts.length === 0) return null;
  return (
    <p className="chart-subtitle" data-testid="control-summary">
      Whole run: {parts.join(' · ')}
    </p>
  );
}
