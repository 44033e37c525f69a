import { useQuery } from '@tanstack/react-query';
import { taatKeys, type GovernmentTaat, type TaatRollup } from '../../../../shared/contracts/taat';
import { apiGet } from '../../../lib/api-client';

export type { GovernmentTaat, TaatRollup };

/** A government's Taat as of the end of `asOf` (WIB; today when undefined), with its items. */
export function useGovernmentTaat(governmentId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: taatKeys.government(governmentId, asOf),
    queryFn: () => apiGet<GovernmentTaat>(`/governments/${governmentId}/taat`, asOf ? { asOf } : undefined),
  });
}

/** Taat per government of an office (or every government in reach), as of the year's end. */
export function useTaatRollup(officeId: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: taatKeys.rollup(officeId, year),
    queryFn: () => apiGet<TaatRollup>('/taat', { officeId, year }),
  });
}
