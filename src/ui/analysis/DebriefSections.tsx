import type { Debrief, DebriefFaultInput } from '../../state/analysis/debrief.ts';
import { formatCount, formatDuration, formatMs, formatSeconds } from '../format.ts';

/** SLO verdicts, each a sentence with a mark that is not colour alone. */
export function SloVerdicts({ debrief }: { readonly debrief: Debrief }) {
  if (debrief.slos.length === 0) return null;
  return (
    <ul className="debrief-slos" data-testid="debrief-slos">
      {debrief.slos.map((v, i) => (
        <li
          key={i}
          className={v.met ? 'delta-better' : 'delta-worse'}
          data-testid={`debrief-slo-${i}`}
        >
          {v.met ? '✓' : '✗'} <b>{v.name}</b> — {v.sentence}
        </li>
      ))}
    </ul>
  );
}

export function FailureCauses({ debrief }: { readonly debrief: Debrief }) {
  if (debrief.failuresByCause.length === 0)
    return (
      <p className="analysis-note" data-testid="debrief-no-failures">
        No request failed.
      </p>
    );
  return (
    <table className="analysis-table" data-testid="debrief-failures">
      <thead>
        <tr>
          <th scope="col">Failure cause (as the clients saw it)</th>
          <th scope="col">Requests</th>
        </tr>
      </thead>
      <tbody>
        {debrief.failuresByCause.map((f) => (
          <tr key={f.cause}>
            <td>{f.cause}</td>
            <td>{formatCount(f.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function recoveryText(fault: DebriefFaultInput): string {
  if (fault.timeToRecoverMs === undefined) return 'not measured in this run';
  if (fault.timeToRecoverMs === null) return 'never recovered';
  return formatMs(fault.timeToRecoverMs);
}

export function FaultRecoveries({ debrief }: { readonly debrief: Debrief }) {
  if (debrief.faults.length === 0)
    return (
      <p className="analysis-note" data-testid="debrief-no-faults">
        No faults in this run.
      </p>
    );
  return (
    <table className="analysis-table" data-testid="debrief-faults">
      <thead>
        <tr>
          <th scope="col">Fault</th>
          <th scope="col">At</th>
          <th scope="col">For</th>
          <th scope="col">Time to recover</th>
        </tr>
      </thead>
      <tbody>
        {debrief.faults.map((f, i) => (
          <tr key={i}>
            <td>
              {f.type} <code>{f.target}</code>
            </td>
            <td>{formatSeconds(f.atMs)}</td>
            <td>{formatDuration(f.durationMs)}</td>
            <td>{recoveryText(f)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FiredAlerts({ debrief }: { readonly debrief: Debrief }) {
  if (debrief.alerts === null)
    return (
      <p className="analysis-note" data-testid="debrief-no-alerts">
        No alert rules: this run carries no alert information.
      </p>
    );
  if (debrief.alerts.length === 0)
    return (
      <p className="analysis-note" data-testid="debrief-no-alerts">
        No alert fired.
      </p>
    );
  return (
    <ul data-testid="debrief-alerts">
      {debrief.alerts.map((a, i) => (
        <li key={i}>
          <b>{a.ruleId}</b> ({a.severity}) fired at {formatSeconds(a.firedAtMs)}
          {a.resolvedAtMs === null
            ? ', still firing at the end'
            : `, resolved at ${formatSeconds(a.resolvedAtMs)}`}
        </li>
      ))}
    </ul>
  );
}
