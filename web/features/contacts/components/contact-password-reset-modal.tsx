import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../lib/notify';
import type { ContactAccountDto, ContactListItemDto } from '../../../../shared/contracts/registry';
import { useResetContactPassword } from '../api/contacts-api';
import { AccountResult } from './account-result';

/**
 * "Lupa kata sandi" for a unit PIC: after a confirmation, the server issues a new temporary
 * password (the old one and the account's sessions stop); it is shown here once, never again.
 */
export function ContactPasswordResetModal({
  contact,
  onClose,
}: {
  contact: ContactListItemDto | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [result, setResult] = useState<ContactAccountDto | null>(null);
  const reset = useResetContactPassword();

  function close() {
    setResult(null);
    reset.reset();
    onClose();
  }

  async function confirm() {
    if (!contact) return;
    try {
      setResult(await reset.mutateAsync(contact.id));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Modal
      opened={contact !== null}
      onClose={close}
      title={t('contacts.resetTitle', { name: contact?.name ?? '' })}
    >
      {result?.temporaryPassword ? (
        <AccountResult result={result} onDone={close} doneTestId="reset-done" />
      ) : (
        <Stack>
          <Text size="sm">{t('contacts.resetIntro', { email: contact?.email ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={reset.isPending}
              onClick={() => void confirm()}
              data-testid="reset-submit"
            >
              {t('contacts.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
