import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SecretReveal } from '../../../components/ui/secret-reveal';
import type { ContactAccountDto } from '../../../../shared/contracts/registry';

/** The account a modal just created or reset: its e-mail and the temporary password, shown once. */
export function AccountResult({
  result,
  onDone,
  doneTestId,
}: {
  result: ContactAccountDto;
  onDone: () => void;
  doneTestId: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text size="sm">{t('contacts.accountFor', { email: result.email })}</Text>
      {result.temporaryPassword ? (
        <SecretReveal
          label={t('contacts.temporaryPassword')}
          value={result.temporaryPassword}
          hint={t('contacts.temporaryPasswordHint')}
        />
      ) : (
        <Text size="sm">{t('contacts.passwordAsSet')}</Text>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone} data-testid={doneTestId}>
          {t('common.done')}
        </Button>
      </Group>
    </Stack>
  );
}
