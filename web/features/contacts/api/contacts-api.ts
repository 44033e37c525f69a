import { useMutation } from '@tanstack/react-query';
import { apiPost } from '../../../lib/api-client';
import { unitResourceApi } from '../../../lib/unit-resource-api';

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

const api = unitResourceApi<Contact, ContactInput>('contacts');

export const useUnitContacts = api.useByUnit;
export const useGovernmentContacts = api.useByGovernment;
export const useSaveContact = api.useSave;
export const useArchiveContact = api.useArchive;

export function useCreateContactAccount() {
  const invalidate = api.useInvalidate();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password?: string }) =>
      apiPost<ContactAccount>(`/contacts/${id}/account`, password ? { password } : {}),
    onSuccess: invalidate,
  });
}

/** "Lupa kata sandi": a new temporary password for the contact's PIC account (shown once). */
export function useResetContactPassword() {
  return useMutation({
    mutationFn: (id: string) => apiPost<ContactAccount>(`/contacts/${id}/account/password-reset`),
  });
}
