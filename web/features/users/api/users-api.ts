import type { GovernmentPage, OfficeList, UnitList } from '../../../../shared/contracts/registry';
import { governmentKeys, officeKeys, unitKeys } from '../../../../shared/contracts/registry';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';
import {
  userKeys,
  type UserDto,
  type UserListFilter,
  type UserListParams,
  type UserPage,
  type UserUpdate,
} from '../../../../shared/contracts/users';
import type { Role } from '../../../lib/permissions';

export type { UserDto as User };
/** What the form sends: every field of an update; a new account also needs its password (400 otherwise). */
export type UserInput = UserUpdate;

export function useUsers(filters: { q: string; role: Role | ''; includeArchived: boolean }) {
  const filter: UserListFilter = {
    q: filters.q || undefined,
    role: filters.role || undefined,
    includeArchived: filters.includeArchived,
  };
  return useInfiniteQuery({
    queryKey: userKeys.list(filter),
    queryFn: ({ pageParam }) =>
      apiGet<UserPage>('/users', {
        q: filter.q,
        role: filter.role,
        includeArchived: filter.includeArchived ? 'true' : undefined,
        limit: 50,
        cursor: pageParam,
      } satisfies UserListParams),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSaveUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: UserInput }) =>
      id ? apiPatch<UserDto>(`/users/${id}`, input) : apiPost<UserDto>('/users', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useArchiveUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<UserDto>(`/users/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** Choices for the role-dependent links: offices, governments, and the units of one government. */
export function useOfficeChoices(enabled: boolean) {
  return useQuery({
    queryKey: officeKeys.list(false),
    queryFn: () => apiGet<OfficeList>('/offices'),
    enabled,
  });
}

export function useGovernmentChoices(enabled: boolean) {
  return useQuery({
    queryKey: governmentKeys.options(),
    queryFn: () => apiGet<GovernmentPage>('/governments', { limit: 200 }),
    enabled,
  });
}

export function useUnitChoices(governmentId: string) {
  return useQuery({
    queryKey: unitKeys.byGovernment(governmentId, false),
    queryFn: () => apiGet<UnitList>(`/governments/${governmentId}/units`),
    enabled: Boolean(governmentId),
  });
}
