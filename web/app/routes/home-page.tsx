import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { CurrentCycleCard } from '../../features/home/components/current-cycle-card';
import { HomeSummary } from '../../features/home/components/home-summary';
import { StaffMapCard } from '../../features/home/components/staff-map';
import { useAuth } from '../../lib/auth';

/** Ombudsman roles get an overview; government-side roles their cycle task and their government. */
export default function HomePage() {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  if (!user) return null;
  const governmentSide =
    user.role === 'gov_coordinator' || user.role === 'unit_pic' || user.role === 'internal_verifier';
  if (governmentSide && user.governmentId) {
    return (
      <>
        <PageHeader
          title={t('home.welcome', { name: user.name })}
          subtitle={t(`home.roleIntro.${user.role}`)}
        />
        <Stack>
          <CurrentCycleCard user={user} kind="internal" />
          <CurrentCycleCard user={user} />
          <StaffMapCard />
          {(user.role === 'gov_coordinator' || user.role === 'internal_verifier') && (
            <Card withBorder radius="md" padding="lg">
              <Group justify="space-between">
                <Stack gap={2}>
                  <Title order={5}>{t('internal.title')}</Title>
                  <Text size="sm" c="dimmed">
                    {t('internal.subtitle')}
                  </Text>
                </Stack>
                <Button component={Link} to="/internal-cycles" variant="light" data-testid="home-internal">
                  {t('home.open')}
                </Button>
              </Group>
            </Card>
          )}
          <Card withBorder radius="md" padding="lg">
            <Group justify="space-between">
              <Stack gap={2}>
                <Title order={5}>{t('nav.myGovernment')}</Title>
                <Text size="sm" c="dimmed">
                  {t('home.governmentsHint')}
                </Text>
              </Stack>
              <Button
                component={Link}
                to={`/governments/${user.governmentId}`}
                variant="light"
                data-testid="home-my-government"
              >
                {t('home.open')}
              </Button>
            </Group>
          </Card>
        </Stack>
      </>
    );
  }
  const links = [
    { to: '/cycles', label: t('nav.cycles'), hint: t('home.cyclesHint') },
    { to: '/governments', label: t('nav.governments'), hint: t('home.governmentsHint') },
    ...(can('office.read') ? [{ to: '/offices', label: t('nav.offices'), hint: t('home.officesHint') }] : []),
    ...(can('user.manage') ? [{ to: '/users', label: t('nav.users'), hint: t('home.usersHint') }] : []),
    ...(can('audit.read') ? [{ to: '/audit', label: t('nav.audit'), hint: t('home.auditHint') }] : []),
  ];
  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: user.name })}
        subtitle={t(`home.roleIntro.${user.role}`)}
      />
      <Stack>
        <CurrentCycleCard user={user} />
        <StaffMapCard />
        <HomeSummary links={links} />
      </Stack>
    </>
  );
}
