import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';
import type { Role } from '../../../lib/permissions';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  officeId: string | null;
  officeName: string | null;
  governmentId: string | null;
  governmentName: string | null;
  unitIds: string[];
  units: { id: string; name: string }[];
  locale: 'id' | 'en';
  lastLoginAt: string | null;
  lockedUntil: string | null;
  archivedAt: string | null;
}

export interface UserInput {
  email: string;
  name: string;
  password?: string;
  role: Role;
  officeId: string | null;
  governmentId: string | null;
  unitIds: string[];
  locale: 'id' | 'en';
}

export function useUsers(filters: { q: string; role: Role | ''; includeArchived: boolean }) {
  return useInfiniteQuery({
    queryKey: ['users', 'list', filters],
    queryFn: ({ pageParam }) =>
      apiGet<{ items: User[]; nextCursor: string | null }>('/users', {
        q: filters.q,
        role: filters.role,
        includeArchived: filters.includeArchived ? 'true' : undefined,
        limit: 50,
        cursor: pageParam,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSaveUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: UserInput }) =>
      id ? apiPatch<User>(`/users/${id}`, input) : apiPost<User>('/users', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useArchiveUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<User>(`/users/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Choices for the role-dependent links: offices, governments, and the units of one government. */
export function useOfficeChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['offices', 'list', false],
    queryFn: () => apiGet<{ items: { id: string; name: string; archivedAt: string | null }[] }>('/offices'),
    enabled,
  });
}

export function useGovernmentChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['governments', 'options'],
    queryFn: () => apiGet<{ items: { id: string; name: string }[] }>('/governments', { limit: 200 }),
    enabled,
  });
}

export function useUnitChoices(governmentId: string) {
  return useQuery({
    queryKey: ['units', 'byGovernment', governmentId, false],
    queryFn: () =>
      apiGet<{ items: { id: string; name: string; archivedAt: string | null }[] }>(
        `/governments/${governmentId}/units`,
      ),
    enabled: Boolean(governmentId),
  });
}
