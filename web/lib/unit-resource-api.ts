/**
 * The API hooks of a resource that belongs to a unit and is listed per unit and per government
 * (service products, contact persons): the same routes (`/units/:id/<name>`,
 * `/governments/:id/<name>`, `/<name>/:id`, archive/restore) and the keys of its contract's factory.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { governmentKeys, unitKeys, type UnitResourceKeys } from '../../shared/contracts/registry';
import { apiGet, apiPatch, apiPost } from './api-client';

export function unitResourceApi<T, Input>(keys: UnitResourceKeys) {
  const [name] = keys.all;

  function useByUnit(unitId: string, includeArchived: boolean) {
    return useQuery({
      queryKey: keys.byUnit(unitId, includeArchived),
      queryFn: () =>
        apiGet<{ items: T[] }>(`/units/${unitId}/${name}`, {
          includeArchived: includeArchived ? 'true' : undefined,
          limit: 200,
        }),
    });
  }

  function useByGovernment(governmentId: string, q: string) {
    return useInfiniteQuery({
      queryKey: keys.byGovernment(governmentId, q),
      queryFn: ({ pageParam }) =>
        apiGet<{ items: T[]; nextCursor: string | null }>(`/governments/${governmentId}/${name}`, {
          q,
          limit: 100,
          cursor: pageParam,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: (prev) => prev,
    });
  }

  /** Refreshes this resource and the unit and government views that count it. */
  function useInvalidate() {
    const qc = useQueryClient();
    return () =>
      Promise.all(
        [keys.all, unitKeys.all, governmentKeys.all].map((queryKey) => qc.invalidateQueries({ queryKey })),
      );
  }

  function useSave(unitId: string) {
    const invalidate = useInvalidate();
    return useMutation({
      mutationFn: ({ id, input }: { id?: string; input: Input }) =>
        id ? apiPatch<T>(`/${name}/${id}`, input) : apiPost<T>(`/units/${unitId}/${name}`, input),
      onSuccess: invalidate,
    });
  }

  function useArchive() {
    const invalidate = useInvalidate();
    return useMutation({
      mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
        apiPost<T>(`/${name}/${id}/${restore ? 'restore' : 'archive'}`),
      onSuccess: invalidate,
    });
  }

  return { useByUnit, useByGovernment, useInvalidate, useSave, useArchive };
}
