import { selectSummary, useRunStore } from '../../state/runStore.ts';
import { formatSeconds } from '../format.ts';

const STATUS_TEXT: Readonly<Record<string, string>> = {
  'not-recovered': 'never (metastable?)',
  ongoing: 'still on at the end',
  'no-baseline': 'no window before it',
};

/** Each fault of the finished run with its time to recover (goodput and p99 of the totals). */
export function RecoveryTable() {
  const summary = useRunStore(selectSummary);
  const faults = summary?.faults;
  if (faults === undefined || faults.length === 0) return null;
  const more = (summary?.faultCount ?? faults.length) - faults.length;
  return (
    <div className="recovery" data-testid="recovery-table">
      <p className="chart-subtitle">
        Time to recover after each fault: until the clients&rsquo; goodput and p99 are back within
        their pre-fault band for 5 windows.
      </p>
      <table className="node-table">
        <thead>
          <tr>
            <th scope="col">Fault</th>
            <th scope="col" className="num">
              At
            </th>
            <th scope="col" className="num">
              For
            </th>
            <th scope="col" className="num">
              Recovered after
            </th>
          </tr>
        </thead>
        <tbody>
          {faults.map((f, i) => (
            <tr key={i} data-testid="recovery-row">
              <th scope="row">
                {f.type} {f.target}
                {f.origin === 'chaos' && <span className="down-tag chaos-tag">chaos</span>}
              </th>
              <td className="num">{formatSeconds(f.atMs)}</td>
              <td className="num">{formatSeconds(f.durationMs)}</td>
              <td className="num" data-testid="recovery-time">
                {f.timeToRecoverMs === null
                  ? (STATUS_TEXT[f.status] ?? f.status)
                  : formatSeconds(f.timeToRecoverMs)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p className="field-help">…and {more} more faults, not listed.</p>}
    </div>
  );
}
