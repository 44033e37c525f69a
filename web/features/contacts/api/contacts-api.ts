import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export interface Contact {
  id: string;
  unitId: string;
  governmentId: string;
  name: string;
  position: string | null;
  phone: string | null;
  email: string | null;
  userId: string | null;
  archivedAt: string | null;
  unitName?: string;
}

export interface ContactInput {
  name: string;
  position: string | null;
  phone: string | null;
  email: string | null;
}

export interface ContactAccount {
  userId: string;
  email: string;
  temporaryPassword: string | null;
}

export function useUnitContacts(unitId: string, includeArchived: boolean) {
  return useQuery({
    queryKey: ['contacts', 'byUnit', unitId, includeArchived],
    queryFn: () =>
      apiGet<{ items: Contact[] }>(`/units/${unitId}/contacts`, {
        includeArchived: includeArchived ? 'true' : undefined,
        limit: 200,
      }),
  });
}

export function useGovernmentContacts(governmentId: string, q: string) {
  return useInfiniteQuery({
    queryKey: ['contacts', 'byGovernment', governmentId, q],
    queryFn: ({ pageParam }) =>
      apiGet<{ items: Contact[]; nextCursor: string | null }>(`/governments/${governmentId}/contacts`, {
        q,
        limit: 100,
        cursor: pageParam,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all(['contacts', 'units', 'governments'].map((key) => qc.invalidateQueries({ queryKey: [key] })));
}

export function useSaveContact(unitId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: ContactInput }) =>
      id ? apiPatch<Contact>(`/contacts/${id}`, input) : apiPost<Contact>(`/units/${unitId}/contacts`, input),
    onSuccess: invalidate,
  });
}

export function useArchiveContact() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<Contact>(`/contacts/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: invalidate,
  });
}

export function useCreateContactAccount() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password?: string }) =>
      apiPost<ContactAccount>(`/contacts/${id}/account`, password ? { password } : {}),
    onSuccess: invalidate,
  });
}
