import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  peopleKeys,
  type BulkAccountsBody,
  type BulkAccountsResult,
  type HandoverBody,
  type HandoverResult,
  type PeopleList,
  type SetupLinkDto,
  type SetupTokenInfo,
} from '../../../../shared/contracts/people';
import { contactKeys, type ContactListItemDto } from '../../../../shared/contracts/registry';
import { apiGet, apiPost } from '../../../lib/api-client';

/** The government's PIC and internal verifier accounts. */
export function usePeople(governmentId: string) {
  return useQuery({
    queryKey: peopleKeys.list(governmentId),
    queryFn: () => apiGet<PeopleList>(`/governments/${governmentId}/people`),
  });
}

/** The government's active contacts (first 200 by name), to choose from. */
export function useContactChoices(governmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...peopleKeys.all, 'contacts', governmentId],
    queryFn: () =>
      apiGet<{ items: ContactListItemDto[] }>(`/governments/${governmentId}/contacts`, { limit: 200 }),
    enabled,
  });
}

function useInvalidatePeople() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: peopleKeys.all });
    void qc.invalidateQueries({ queryKey: contactKeys.all });
  };
}

export function useBulkAccounts(governmentId: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (body: BulkAccountsBody) =>
      apiPost<BulkAccountsResult>(`/governments/${governmentId}/people/accounts`, body),
    onSuccess: invalidate,
  });
}

export function useHandover(governmentId: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (body: Partial<HandoverBody>) =>
      apiPost<HandoverResult>(`/governments/${governmentId}/people/handover`, body),
    onSuccess: invalidate,
  });
}

export function useNewSetupLink(governmentId: string) {
  return useMutation({
    mutationFn: (userId: string) =>
      apiPost<SetupLinkDto>(`/governments/${governmentId}/people/setup-links`, { userId }),
  });
}

/** Whose link this is (no retry: a refused link stays refused). */
export function useSetupToken(token: string) {
  return useQuery({
    queryKey: peopleKeys.setupToken(token),
    queryFn: () => apiPost<SetupTokenInfo>('/auth/setup-password/check', { token }),
    enabled: token.length > 0,
    retry: false,
  });
}

export function useSetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => apiPost<void>('/auth/setup-password', body),
  });
}
