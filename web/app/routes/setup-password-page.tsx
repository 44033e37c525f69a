import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SetupPasswordForm } from '../../features/people/components/setup-password-form';
import { LanguageSwitch } from '../layout/language-switch';

/** The token travels in the fragment (`#t=…`): browsers never send it to a server nor in a Referer. */
function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('t') ?? '';
}

/** "Atur kata sandi": where a one-time sign-in link lands (public, no session needed). */
export default function SetupPasswordPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromHash);
  const [doneFor, setDoneFor] = useState<string | null>(null);

  return (
    <Center component="main" mih="100vh" bg="gray.0" p="md">
      <Stack w="100%" maw={420}>
        <Group justify="space-between">
          <div>
            <Title order={1} c="blue.8">
              Patuh
            </Title>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={2} size="h3" mb="md">
            {t('setupPassword.title')}
          </Title>
          {doneFor ? (
            <Stack>
              <Alert color="teal" data-testid="setup-done">
                {t('setupPassword.done')}
              </Alert>
              <Button component={Link} to={`/login`}>
                {t('setupPassword.toLogin')}
              </Button>
            </Stack>
          ) : (
            <SetupPasswordForm token={token} onDone={setDoneFor} />
          )}
        </Paper>
      </Stack>
    </Center>
  );
}
