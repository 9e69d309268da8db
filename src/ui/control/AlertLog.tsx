import { useMemo } from 'react';
import {
  selectAlertEvents,
  selectAlertsReceived,
  useAlertLogStore,
} from '../../state/alertLogStore.ts';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { selectStatus, useRunStore } from '../../state/runStore.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { toAlertLogRow } from './alertLogRows.ts';
import { ControlSummaryLine } from './ControlSummaryLine.tsx';
import { RecoveryTable } from './RecoveryTable.tsx';

/** Rows shown at most; the store keeps more, the run summary has the totals. */
const ROWS_SHOWN = 200;

const openRules = (): void => useViewStore.getState().setEditorTab('rules');

/** The control log of the run, newest first: alerts with the actions taken, scaling, faults. */
export function AlertLog() {
  const events = useAlertLogStore(selectAlertEvents);
  const received = useAlertLogStore(selectAlertsReceived);
  const rows = useMemo(() => events.map(toAlertLogRow).slice(-ROWS_SHOWN).reverse(), [events]);
  const hidden = received - rows.length;
  return (
    <figure className="chart alert-log" data-testid="alert-log" aria-label="Alerts and control log">
      <figcaption className="chart-title">
        Alerts, scaling and faults
        {hidden > 0 && (
          <span className="alert-log-hidden">
            {' '}
            (newest {rows.length} of {received})
          </span>
        )}
      </figcaption>
      {rows.length === 0 ? (
        <EmptyState />
      ) : (
        <div className="alert-log-scroll">
          <table className="node-table alert-log-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  Time
                </th>
                <th scope="col">Rule / subject</th>
                <th scope="col">State</th>
                <th scope="col">Value · actions taken</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.key}
                  className={`tone-${r.tone}`}
                  data-testid="alert-row"
                  data-state={r.state}
                >
                  <td className="num alert-time">{r.time}</td>
                  <th scope="row">
                    {r.subject}
                    {r.severity !== '' && (
                      <span className={`severity-tag severity-${r.severity}`}>{r.severity}</span>
                    )}
                  </th>
                  <td className="alert-state">{r.state}</td>
                  <td>
                    {r.value}
                    {r.actions !== '' && <div className="alert-actions">{r.actions}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ControlSummaryLine />
      <RecoveryTable />
    </figure>
  );
}

/** What to do to see something here. */
function EmptyState() {
  const scenario = useDocumentStore(selectScenario);
  const status = useRunStore(selectStatus);
  const rules = scenario.rules?.length ?? 0;
  const watched = rules > 0 || scenario.chaos !== undefined || (scenario.faults?.length ?? 0) > 0;
  const scales = scenario.nodes.some((n) => n.kind === 'service' && n.autoscaling !== undefined);
  if (!watched && !scales) {
    return (
      <p className="field-help" data-testid="alert-log-empty">
        This scenario has no alert rules, autoscaling, faults or chaos.{' '}
        <button type="button" className="link-button" onClick={openRules}>
          Add rules
        </button>{' '}
        (the guide&rsquo;s in one click) to see alerts fire here.
      </p>
    );
  }
  const running = status === 'running' || status === 'paused' || status === 'finished';
  return (
    <p className="field-help" data-testid="alert-log-empty">
      {running
        ? 'Nothing yet: no rule has changed state, no instance was added or removed and no fault has started.'
        : 'Run the scenario: alerts (pending, firing, resolved), the actions they take, scaling and faults appear here as they happen.'}
    </p>
  );
}
