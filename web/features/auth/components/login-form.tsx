import { Alert, Anchor, Button, Collapse, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import { useAuth } from '../../../lib/auth';

/** E-mail + password; the server's message (wrong password, account locked) is shown as it comes. */
export function LoginForm({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await login(email.trim(), password);
      onSignedIn(user);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'NETWORK', t('common.networkError')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && (
          <Alert color="red" data-testid="login-error">
            {error.message}
          </Alert>
        )}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={error?.fields.email}
          data-testid="login-email"
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={error?.fields.password}
          data-testid="login-password"
        />
        <Button type="submit" loading={busy} data-testid="login-submit" fullWidth>
          {t('login.submit')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setForgot((v) => !v)}
          aria-expanded={forgot}
          aria-controls="login-forgot"
          data-testid="login-forgot"
        >
          {t('login.forgot')}
        </Anchor>
        <Collapse expanded={forgot}>
          <Text size="sm" id="login-forgot">
            {t('login.forgotHelp')}
          </Text>
        </Collapse>
      </Stack>
    </form>
  );
}
