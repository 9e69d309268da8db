import { useMemo } from 'react';
import {
  selectTraceRequestId,
  useAnalysisViewStore,
} from '../../state/analysis/analysisViewStore.ts';
import { traceLog } from '../../state/analysis/traceLog.ts';
import { getRequestTrace, getSlowRequests } from '../../state/analysis/traceReaders.ts';
import { selectLayout, useRunStore } from '../../state/runStore.ts';
import { formatMs, formatSeconds } from '../format.ts';
import { useHistoryVersion } from '../useHistoryVersion.ts';
import { TraceWaterfall } from './TraceWaterfall.tsx';

/** The slowest sampled requests of the live run, and the waterfall of the one picked. */
export function TracesPanel() {
  const version = useHistoryVersion();
  const layout = useRunStore(selectLayout);
  const openId = useAnalysisViewStore(selectTraceRequestId);
  const slow = useMemo(
    () => (layout === null ? [] : getSlowRequests(traceLog, layout)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the version stands for the non-reactive trace log
    [layout, version],
  );
  const trace = useMemo(
    () => (layout === null || openId === null ? null : getRequestTrace(traceLog, layout, openId)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a request clicked while in flight appears once it finishes
    [layout, openId, version],
  );
  if (layout === null)
    return (
      <p className="analysis-note">
        Run the scenario: a few requests per window are traced hop by hop.
      </p>
    );
  const view = useAnalysisViewStore.getState();
  return (
    <>
      {trace !== null && <TraceWaterfall trace={trace} />}
      {openId !== null && trace === null && (
        <p className="analysis-note">
          Request #{openId} is not in the trace sample (or not finished yet).
        </p>
      )}
      <h3>Slowest sampled requests</h3>
      <table className="analysis-table" data-testid="slow-requests">
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Started</th>
            <th scope="col">Hops</th>
            <th scope="col">Outcome</th>
            <th scope="col">Latency</th>
          </tr>
        </thead>
        <tbody>
          {slow.map((r) => (
            <tr key={r.requestId} className={r.requestId === openId ? 'row-selected' : ''}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  data-testid="slow-request"
                  onClick={() => view.openTrace(r.requestId)}
                >
                  #{r.requestId} ({r.client})
                </button>
              </td>
              <td>{formatSeconds(r.startMs)}</td>
              <td>{r.hops}</td>
              <td>{r.ok ? 'ok' : '✗ failed'}</td>
              <td>{formatMs(r.durationMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {slow.length === 0 && <p className="analysis-note">No sampled request has finished yet.</p>}
    </>
  );
}
