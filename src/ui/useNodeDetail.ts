import { useMemo } from 'react';
import { metricsHistory } from '../state/metricsHistory.ts';
import type { NodeDetail, TargetShares } from '../state/nodeDetailReaders.ts';
import { getNodeDetail, getTargetShares } from '../state/nodeDetailReaders.ts';
import { useHistoryVersion } from './useHistoryVersion.ts';

/** The selected node's kind-aware readings and target shares, recomputed with the history version. */
export function useNodeDetail(nodeId: string | null): {
  detail: NodeDetail | null;
  shares: TargetShares | null;
} {
  const version = useHistoryVersion();
  return useMemo(
    () =>
      nodeId === null
        ? { detail: null, shares: null }
        : {
            detail: getNodeDetail(metricsHistory, nodeId),
            shares: getTargetShares(metricsHistory, nodeId),
          },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the version stands for the non-reactive history
    [nodeId, version],
  );
}
