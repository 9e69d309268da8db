import { useMemo } from 'react';
import { getUnfinishedErrors } from '../../state/documentEdits.ts';
import { selectScenario, useDocumentStore } from '../../state/documentStore.ts';
import { formatScenarioError } from '../../state/scenarioAccess.ts';

/** What the graph still lacks before it can run (a balancer without targets …). */
export function UnfinishedList() {
  const scenario = useDocumentStore(selectScenario);
  const errors = useMemo(() => getUnfinishedErrors(scenario), [scenario]);
  if (errors.length === 0) return null;
  return (
    <div className="unfinished" role="status" data-testid="unfinished">
      <strong>To finish before running:</strong>
      <ul>
        {errors.map((e) => (
          <li key={formatScenarioError(e)}>
            <code>{formatScenarioError(e)}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
