import { Anchor, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../../features/auth/components/login-form';
import { applyLanguage } from '../../i18n';
import { useAuth } from '../../lib/auth';
import { LanguageSwitch } from '../layout/language-switch';

/** Only same-site paths may follow a login (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (user) return <Navigate to={next} replace />;

  return (
    <Center component="main" mih="100vh" bg="gray.0" p="md">
      <Stack w="100%" maw={400}>
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
            {t('login.title')}
          </Title>
          <LoginForm
            onSignedIn={(u) => {
              applyLanguage(u.locale);
              void navigate(next, { replace: true });
            }}
          />
        </Paper>
        {/* The public portal is server-rendered: a full page load, not an app route. */}
        <Anchor href="/publik" size="sm" ta="center">
          {t('login.publicPortal')}
        </Anchor>
        <Text size="xs" c="dimmed" ta="center">
          {t('login.footer')}
        </Text>
      </Stack>
    </Center>
  );
}
