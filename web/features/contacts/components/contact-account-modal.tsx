import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import type { ContactAccountDto, ContactListItemDto } from '../../../../shared/contracts/registry';
import { useCreateContactAccount } from '../api/contacts-api';
import { AccountResult } from './account-result';

/**
 * Turns a contact into a PIC account. With no password given the server makes a temporary one,
 * shown here once (with a copy button) and never again.
 */
export function ContactAccountModal({
  contact,
  onClose,
}: {
  contact: ContactListItemDto | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [result, setResult] = useState<ContactAccountDto | null>(null);
  const create = useCreateContactAccount();
  const errors = fieldErrors(create.error);

  function close() {
    setPassword('');
    setResult(null);
    create.reset();
    onClose();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!contact) return;
    try {
      const account = await create.mutateAsync({ id: contact.id, password: password || undefined });
      setResult(account);
      notifySuccess(t('contacts.accountCreated', { email: account.email }));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Modal
      opened={contact !== null}
      onClose={close}
      title={t('contacts.createAccountTitle', { name: contact?.name ?? '' })}
    >
      {result ? (
        <AccountResult result={result} onDone={close} doneTestId="account-done" />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">
              {contact?.email
                ? t('contacts.accountIntro', { email: contact.email })
                : t('contacts.accountNeedsEmail')}
            </Text>
            <PasswordInput
              label={t('contacts.passwordOptional')}
              description={t('contacts.passwordOptionalHint')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
              data-testid="account-password"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={!contact?.email}
                data-testid="account-submit"
              >
                {t('contacts.createAccount')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
