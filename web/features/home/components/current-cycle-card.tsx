import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleKind } from '../../../../shared/contracts/assessments';
import { InternalBadge } from '../../../components/ui/internal-badge';
import type { CurrentUser } from '../../../lib/auth';
import { useCurrentCycles, useMyChecklists, type CycleCardData } from '../api/current-cycle-api';

function taskFor(
  user: CurrentUser,
  cycle: CycleCardData,
  checklist?: string,
): { label: string; to: string } | null {
  const gov = user.governmentId;
  const governmentRole = user.role === 'gov_coordinator' || user.role === 'unit_pic';
  if (cycle.kind === 'internal') return internalTask(user, cycle, checklist);
  switch (cycle.status) {
    case 'self_assessment':
      return governmentRole
        ? { label: 'home.task.fill', to: checklist ?? `/cycles/${cycle.id}` }
        : user.role === 'internal_verifier'
          ? null
          : { label: 'home.task.progress', to: `/cycles/${cycle.id}?tab=progress` };
    case 'verification':
      return governmentRole || user.role === 'internal_verifier'
        ? null
        : { label: 'home.task.verify', to: `/cycles/${cycle.id}` };
    case 'appeal':
      return user.role === 'gov_coordinator' && gov
        ? { label: 'home.task.appeal', to: `/cycles/${cycle.id}/governments/${gov}/appeals` }
        : governmentRole || user.role === 'internal_verifier'
          ? null
          : { label: 'home.task.answerAppeals', to: `/cycles/${cycle.id}` };
    case 'final':
      return user.role === 'oversight_head' || user.role === 'admin'
        ? { label: 'home.task.approve', to: `/cycles/${cycle.id}` }
        : null;
    case 'published':
      return (governmentRole || user.role === 'internal_verifier') && gov
        ? { label: 'home.task.rapor', to: `/cycles/${cycle.id}/governments/${gov}/rapor` }
        : { label: 'home.task.results', to: `/cycles/${cycle.id}?tab=results` };
    case 'planning':
      return user.role === 'oversight_head' || user.role === 'admin'
        ? { label: 'home.task.plan', to: `/cycles/${cycle.id}` }
        : null;
  }
}

/**
 * A government's own cycle (penilaian mandiri): its coordinator plans and approves, its PICs fill
 * in, its internal verifiers verify; the Ombudsman's staff (when shared) only read the results.
 */
function internalTask(
  user: CurrentUser,
  cycle: CycleCardData,
  checklist?: string,
): { label: string; to: string } | null {
  const owner = user.governmentId !== null && user.governmentId === cycle.ownerGovernmentId;
  const role = owner ? user.role : null;
  switch (cycle.status) {
    case 'planning':
      return role === 'gov_coordinator'
        ? { label: 'home.task.planInternal', to: `/cycles/${cycle.id}/work-plan` }
        : null;
    case 'self_assessment':
      if (role === 'unit_pic' || role === 'gov_coordinator')
        return { label: 'home.task.fill', to: checklist ?? `/cycles/${cycle.id}` };
      return role === 'internal_verifier'
        ? { label: 'home.task.workPlan', to: `/cycles/${cycle.id}/work-plan` }
        : null;
    case 'verification':
    case 'appeal':
      if (role === 'internal_verifier' && cycle.ownerGovernmentId)
        return {
          label: 'home.task.verify',
          to: `/cycles/${cycle.id}/governments/${cycle.ownerGovernmentId}/verification`,
        };
      return role === 'gov_coordinator'
        ? { label: 'home.task.workPlan', to: `/cycles/${cycle.id}/work-plan` }
        : null;
    case 'final':
      return role === 'gov_coordinator' ? { label: 'home.task.approve', to: `/cycles/${cycle.id}` } : null;
    case 'published':
      return { label: 'home.task.results', to: `/cycles/${cycle.id}/internal-results` };
  }
}

/** The current cycle and the user's task in it ("isi penilaian mandiri", "verifikasi", "lihat rapor"). */
export function CurrentCycleCard({ user, kind = 'official' }: { user: CurrentUser; kind?: CycleKind }) {
  const { t } = useTranslation();
  const cycles = useCurrentCycles(kind);
  const prefix = kind === 'internal' ? 'home-internal' : 'home-cycle';
  const current = cycles.data?.current;
  // A PIC with one sampled unit goes straight to its checklist; with several, to the cycle's list.
  const mine = useMyChecklists(
    current?.id,
    user.governmentId,
    user.role === 'unit_pic' && current?.status === 'self_assessment',
  );
  const only = mine.data?.units.length === 1 ? mine.data.units[0]!.unitId : null;
  const checklist = only && current ? `/cycles/${current.id}/units/${only}/checklist` : undefined;
  if (!current) return null;
  const task = taskFor(user, current, checklist);
  const published = cycles.data?.published;
  const raporTask = published && published.id !== current.id ? taskFor(user, published) : null;
  return (
    <Card withBorder radius="md" padding="lg" data-testid={`${prefix}-card`}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {kind === 'internal' ? t('internal.title') : t('home.currentCycle')}
          </Text>
          <Title order={4}>{current.name}</Title>
          <Group gap="xs">
            <InternalBadge kind={current.kind} />
            <Badge variant="light">
              {t(`cycles.phase.${current.status}`, { defaultValue: t(`cycles.status.${current.status}`) })}
            </Badge>
            <Text size="sm" c="dimmed">
              {current.kind === 'internal' ? current.ownerGovernmentName : current.officeName}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          {task && (
            <Button component={Link} to={task.to} data-testid={`${prefix}-task`}>
              {t(task.label)}
            </Button>
          )}
          {raporTask && (
            <Button component={Link} to={raporTask.to} variant="light" data-testid={`${prefix}-rapor`}>
              {t(raporTask.label)} ({published?.year})
            </Button>
          )}
          <Button
            component={Link}
            to={`/cycles/${current.id}`}
            variant="default"
            data-testid={`${prefix}-open`}
          >
            {t('home.open')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
