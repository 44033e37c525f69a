import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleDto } from '../../../../shared/contracts/assessments-cycles';
import { Empty } from '../../../components/ui/empty';
import { InternalBadge } from '../../../components/ui/internal-badge';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useInternalCycles } from '../api/internal-cycles-api';

/** The government's internal cycles, newest first: phase, windows, sharing, and the next links. */
export function InternalCycleList({
  governmentId,
  canManage,
  canVerify = false,
}: {
  governmentId: string;
  canManage: boolean;
  /** The government's internal verifier: a way straight to the verification once it is open. */
  canVerify?: boolean;
}) {
  const { t } = useTranslation();
  const cycles = useInternalCycles(governmentId);
  const items = cycles.data ?? [];
  return (
    <QueryState isPending={cycles.isPending} error={cycles.error} onRetry={() => void cycles.refetch()}>
      {items.length === 0 ? (
        <Empty
          title={t('internal.empty')}
          hint={canManage ? t('internal.emptyHintManage') : t('internal.emptyHint')}
        />
      ) : (
        <Stack data-testid="internal-cycle-list">
          {items.map((c) => (
            <InternalCycleCard key={c.id} cycle={c} canVerify={canVerify} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

function InternalCycleCard({ cycle, canVerify }: { cycle: CycleDto; canVerify: boolean }) {
  const { t } = useTranslation();
  const format = useFormat(cycle.officeTimeZone);
  return (
    <Paper withBorder p="md" radius="md" data-testid={`internal-cycle-${cycle.id}`}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs">
            <InternalBadge kind={cycle.kind} />
            <Badge variant="light" color="gray">
              {t(`cycles.status.${cycle.status}`)}
            </Badge>
            <Badge variant="outline" color={cycle.sharedAt ? 'teal' : 'gray'}>
              {cycle.sharedAt ? t('internal.share.sharedShort') : t('internal.share.privateShort')}
            </Badge>
          </Group>
          <Anchor component={Link} to={`/cycles/${cycle.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {cycle.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {cycle.year}
            {cycle.selfStart && cycle.selfEnd
              ? ` · ${t('cycles.phase.self_assessment')} ${format.dateRange(cycle.selfStart, cycle.selfEnd)}`
              : ''}
            {cycle.verifyStart && cycle.verifyEnd
              ? ` · ${t('cycles.phase.verification')} ${format.dateRange(cycle.verifyStart, cycle.verifyEnd)}`
              : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          {canVerify &&
            cycle.ownerGovernmentId &&
            cycle.status !== 'planning' &&
            cycle.status !== 'self_assessment' && (
              <Button
                component={Link}
                to={`/cycles/${cycle.id}/governments/${cycle.ownerGovernmentId}/verification`}
                size="xs"
                data-testid={`internal-verify-${cycle.id}`}
              >
                {t('cycles.openVerification')}
              </Button>
            )}
          <Button
            component={Link}
            to={`/cycles/${cycle.id}/work-plan`}
            variant="light"
            size="xs"
            data-testid={`internal-work-plan-${cycle.id}`}
          >
            {t('internal.workPlan.title')}
          </Button>
          <Button component={Link} to={`/cycles/${cycle.id}`} variant="default" size="xs">
            {t('home.open')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
