import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  unitHistoryKeys,
  type MergeUnitBody,
  type RenameUnitBody,
  type SplitUnitBody,
  type UnitChangeDto,
  type UnitLineage,
  type UnitResultsHistory,
} from '../../../../shared/contracts/unit-history';
import { governmentKeys, unitKeys } from '../../../../shared/contracts/registry';
import { apiGet, apiPost } from '../../../lib/api-client';

export function useUnitLineage(unitId: string) {
  return useQuery({
    queryKey: unitHistoryKeys.lineage(unitId),
    queryFn: () => apiGet<UnitLineage>(`/units/${unitId}/lineage`),
  });
}

export function useUnitResultsHistory(unitId: string, enabled = true) {
  return useQuery({
    queryKey: unitHistoryKeys.results(unitId),
    queryFn: () => apiGet<UnitResultsHistory>(`/units/${unitId}/results-history`),
    enabled,
  });
}

type Reorganisation =
  | { kind: 'rename'; body: RenameUnitBody }
  | { kind: 'merge'; body: MergeUnitBody }
  | { kind: 'split'; body: SplitUnitBody };

/** Rename, merge or split a unit; the unit lists, unit pages and histories are refreshed after. */
export function useReorganiseUnit(governmentId: string, unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (r: Reorganisation) =>
      apiPost<UnitChangeDto>(`/governments/${governmentId}/units/${unitId}/${r.kind}`, r.body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: unitKeys.all }),
        qc.invalidateQueries({ queryKey: governmentKeys.all }),
        qc.invalidateQueries({ queryKey: unitHistoryKeys.all }),
      ]),
  });
}
