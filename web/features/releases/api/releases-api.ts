/**
 * The release side of the public portal (issue 13): a cycle's release list, releasing and
 * withdrawing, and a government's official figures. Shapes from shared/contracts/public.ts.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  publicKeys,
  type OfficialFigure,
  type OfficialFigureBody,
  type OfficialFigureList,
  type ReleaseList,
} from '../../../../shared/contracts/public';
import { api, apiGet, apiPost } from '../../../lib/api-client';

export type {
  OfficialFigure,
  OfficialFigureBody,
  ReleaseList,
  ReleaseRow,
} from '../../../../shared/contracts/public';

export function useReleases(cycleId: string) {
  return useQuery({
    queryKey: publicKeys.releases(cycleId),
    queryFn: () => apiGet<ReleaseList>(`/cycles/${cycleId}/releases`),
  });
}

/** Releases these governments (none named: every one in reach). */
export function useRelease(cycleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (governmentIds?: string[]) =>
      apiPost<ReleaseList>(`/cycles/${cycleId}/releases`, governmentIds ? { governmentIds } : {}),
    onSuccess: (list) => qc.setQueryData(publicKeys.releases(cycleId), list),
  });
}

export function useWithdraw(cycleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { governmentIds: string[]; reason: string }) =>
      apiPost<ReleaseList>(`/cycles/${cycleId}/releases/withdraw`, body),
    onSuccess: (list) => qc.setQueryData(publicKeys.releases(cycleId), list),
  });
}

export function useOfficialFigures(governmentId: string) {
  return useQuery({
    queryKey: publicKeys.figures(governmentId),
    queryFn: () => apiGet<OfficialFigureList>(`/governments/${governmentId}/official-figures`),
  });
}

/** Saves (or replaces) a year's figure; the release lists show it too, so they are read again. */
export function useSaveFigure(governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: OfficialFigureBody }) =>
      api<OfficialFigure>('PUT', `/governments/${governmentId}/official-figures/${year}`, { body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: publicKeys.figures(governmentId) });
      void qc.invalidateQueries({ queryKey: ['releases'] });
    },
  });
}

export function useDeleteFigure(governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (year: number) =>
      api<void>('DELETE', `/governments/${governmentId}/official-figures/${year}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: publicKeys.figures(governmentId) });
      void qc.invalidateQueries({ queryKey: ['releases'] });
    },
  });
}
