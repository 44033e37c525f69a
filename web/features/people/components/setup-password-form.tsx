import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { fieldErrors } from '../../../lib/notify';
import { useSetPassword, useSetupToken } from '../api/people-api';

/**
 * The page a one-time sign-in link opens: it greets the person, asks for a password twice and
 * sends it with the token (taken from the link's fragment, never from the server's view of the
 * address). Refused links (used, replaced, expired, unknown) show the server's message.
 */
export function SetupPasswordForm({ token, onDone }: { token: string; onDone: (email: string) => void }) {
  const { t } = useTranslation();
  const info = useSetupToken(token);
  const save = useSetPassword();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const errors = fieldErrors(save.error);

  if (!token) return <Alert color="red">{t('setupPassword.missing')}</Alert>;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    try {
      await save.mutateAsync({ token, password });
      onDone(info.data!.email);
    } catch {
      // shown below from save.error
    }
  }

  return (
    <QueryState isPending={info.isPending} error={null} onRetry={() => void info.refetch()}>
      {info.error ? (
        <Alert color="red" data-testid="setup-refused">
          {info.error.message}
        </Alert>
      ) : (
        info.data && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack>
              <Text size="sm">
                {t('setupPassword.greeting', { name: info.data.name, email: info.data.email })}
              </Text>
              <PasswordInput
                label={t('setupPassword.password')}
                description={t('setupPassword.passwordHint')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.password}
                autoComplete="new-password"
                required
              />
              <PasswordInput
                label={t('setupPassword.confirm')}
                value={confirm}
                onChange={(e) => setConfirm(e.currentTarget.value)}
                error={mismatch ? t('setupPassword.mismatch') : undefined}
                autoComplete="new-password"
                required
              />
              {save.error && !errors.password && <Alert color="red">{save.error.message}</Alert>}
              <Button type="submit" loading={save.isPending} data-testid="setup-submit">
                {t('setupPassword.submit')}
              </Button>
            </Stack>
          </form>
        )
      )}
    </QueryState>
  );
}
