import { AppShell, Badge, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { applyLanguage } from '../../i18n';
import { useAuth } from '../../lib/auth';
import type { Permission } from '../../lib/permissions';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { LanguageSwitch } from './language-switch';

interface NavItem {
  to: string;
  label: string;
  testId: string;
  permission?: Permission;
  match: (path: string) => boolean;
}

/** Header (user, role, language, logout) and the role-dependent navigation. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { user, logout, can } = useAuth();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();

  // The account's saved language wins once, when the user signs in or reloads.
  useEffect(() => {
    if (user && user.locale !== i18n.language) applyLanguage(user.locale);
  }, [user?.id]);

  if (!user) return null;
  const ownGovernment =
    user.role === 'gov_coordinator' || user.role === 'unit_pic' || user.role === 'internal_verifier'
      ? user.governmentId
      : null;
  // The government's own assessments (issue 12): its coordinator opens them, its Inspektorat verifies.
  const internalCycles = user.role === 'gov_coordinator' || user.role === 'internal_verifier';
  const items: NavItem[] = [
    { to: '/', label: t('nav.home'), testId: 'nav-home', match: (p) => p === '/' },
    ownGovernment
      ? {
          to: `/governments/${ownGovernment}`,
          label: t('nav.myGovernment'),
          testId: 'nav-governments',
          match: (p) => p.startsWith('/governments') || p.startsWith('/units'),
        }
      : {
          to: '/governments',
          label: t('nav.governments'),
          testId: 'nav-governments',
          match: (p) => p.startsWith('/governments') || p.startsWith('/units'),
        },
    {
      to: '/cycles',
      label: t('nav.cycles'),
      testId: 'nav-cycles',
      permission: 'cycle.read',
      match: (p) => p.startsWith('/cycles') && !(internalCycles && p.endsWith('/work-plan')),
    },
    ...(internalCycles
      ? [
          {
            to: '/internal-cycles',
            label: t('nav.internal'),
            testId: 'nav-internal',
            match: (p: string) => p.startsWith('/internal-cycles') || p.endsWith('/work-plan'),
          },
        ]
      : []),
    // Standar pelayanan (issue 15): the coordinator's to-do and the PIC's products; the office
    // reaches a government's list from its page.
    ...(ownGovernment && (user.role === 'gov_coordinator' || user.role === 'unit_pic')
      ? [
          {
            to: '/standards',
            label: t('nav.standards'),
            testId: 'nav-standards',
            permission: 'standard.read' as const,
            match: (p: string) => p.startsWith('/standards'),
          },
        ]
      : []),
    {
      to: '/tindak-lanjut',
      label: t('nav.followups'),
      testId: 'nav-followups',
      permission: 'followup.read',
      match: (p) => p.startsWith('/tindak-lanjut'),
    },
    {
      to: '/pengaduan',
      label: t('nav.complaints'),
      testId: 'nav-complaints',
      permission: 'complaint.read',
      match: (p) => p.startsWith('/pengaduan') && !/^\/pengaduan\/(statistik|aturan)/.test(p),
    },
    {
      to: '/pengaduan/statistik',
      label: t('nav.complaintStats'),
      testId: 'nav-complaint-stats',
      permission: 'complaint.read',
      match: (p) => p.startsWith('/pengaduan/statistik'),
    },
    {
      to: '/surat-ombudsman',
      label: t('nav.bodyLetters'),
      testId: 'nav-body-letters',
      permission: 'complaint.body',
      match: (p) => p.startsWith('/surat-ombudsman'),
    },
    {
      to: '/kegiatan',
      label: t('nav.activities'),
      testId: 'nav-activities',
      permission: 'activity.read',
      match: (p) => p.startsWith('/kegiatan'),
    },
    {
      to: '/survei',
      label: t('surveys.nav'),
      testId: 'nav-surveys',
      permission: 'survey.read',
      match: (p) => p.startsWith('/survei'),
    },
    {
      to: '/frameworks',
      label: t('nav.frameworks'),
      testId: 'nav-frameworks',
      permission: 'framework.read',
      match: (p) => p.startsWith('/frameworks'),
    },
    {
      to: '/offices',
      label: t('nav.offices'),
      testId: 'nav-offices',
      permission: 'office.read',
      match: (p) => p.startsWith('/offices'),
    },
    {
      to: '/users',
      label: t('nav.users'),
      testId: 'nav-users',
      permission: 'user.manage',
      match: (p) => p.startsWith('/users'),
    },
    {
      to: '/audit',
      label: t('nav.audit'),
      testId: 'nav-audit',
      permission: 'audit.read',
      match: (p) => p.startsWith('/audit'),
    },
    {
      to: '/calendar',
      label: t('nav.calendar'),
      testId: 'nav-calendar',
      permission: 'calendar.read',
      match: (p) => p.startsWith('/calendar'),
    },
    {
      to: '/pengaduan/aturan',
      label: t('nav.complaintRules'),
      testId: 'nav-complaint-rules',
      permission: 'complaint.read',
      match: (p) => p.startsWith('/pengaduan/aturan'),
    },
    {
      to: '/jobs',
      label: t('nav.jobs'),
      testId: 'nav-jobs',
      permission: 'jobs.manage',
      match: (p) => p.startsWith('/jobs'),
    },
  ];

  async function signOut() {
    await logout();
    void navigate('/login', { replace: true });
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Text component={Link} to="/" fw={800} fz="lg" c="blue.8" style={{ textDecoration: 'none' }}>
              Patuh
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="xs">
              <Text size="sm" fw={600} data-testid="header-user">
                {user.name}
              </Text>
              <Badge size="xs" variant="light" data-testid="header-role">
                {t(`role.${user.role}`)}
              </Badge>
            </Stack>
            <NotificationBell />
            <LanguageSwitch />
            <Button variant="subtle" size="xs" onClick={() => void signOut()} data-testid="logout">
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {items
          .filter((i) => !i.permission || can(i.permission))
          .map((i) => (
            <NavLink
              key={i.testId}
              component={Link}
              to={i.to}
              label={i.label}
              active={i.match(location.pathname)}
              onClick={close}
              data-testid={i.testId}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
