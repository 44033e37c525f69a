import { useMutation } from '@tanstack/react-query';
import {
  contactKeys,
  type ContactAccountDto,
  type ContactInput,
  type ContactListItemDto,
} from '../../../../shared/contracts/registry';
import { apiPost } from '../../../lib/api-client';
import { unitResourceApi } from '../../../lib/unit-resource-api';

const api = unitResourceApi<ContactListItemDto, ContactInput>(contactKeys);

export const useUnitContacts = api.useByUnit;
export const useGovernmentContacts = api.useByGovernment;
export const useSaveContact = api.useSave;
export const useArchiveContact = api.useArchive;

export function useCreateContactAccount() {
  const invalidate = api.useInvalidate();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password?: string }) =>
      apiPost<ContactAccountDto>(`/contacts/${id}/account`, password ? { password } : {}),
    onSuccess: invalidate,
  });
}

/** "Lupa kata sandi": a new temporary password for the contact's PIC account (shown once). */
export function useResetContactPassword() {
  return useMutation({
    mutationFn: (id: string) => apiPost<ContactAccountDto>(`/contacts/${id}/account/password-reset`),
  });
}
