import { MultiSelect, Paper, Stack, Table, Text, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkPlanItem } from '../../../../shared/contracts/assessments-internal';
import { useFormat } from '../../../lib/format';
import { WorkPlanStatusBadge } from './work-plan-status';
import { DateField } from '../../../components/ui/date-field';

/** A unit's row as the coordinator edits it. */
export interface Draft {
  scheduledDate: string;
  team: string[];
}

interface Props {
  item: WorkPlanItem;
  draft: Draft;
  editable: boolean;
  verifiers: Array<{ value: string; label: string }>;
  onChange: (d: Draft) => void;
  zone: Parameters<typeof useFormat>[0];
}

function useRowParts({ item, draft, editable, verifiers, onChange, zone }: Props) {
  const { t } = useTranslation();
  const format = useFormat(zone);
  // Members no longer among the options (an archived account) still show by name.
  const options = [
    ...verifiers,
    ...item.team
      .filter((m) => !verifiers.some((v) => v.value === m.userId))
      .map((m) => ({ value: m.userId, label: m.name })),
  ];
  const date = editable ? (
    <DateField
      aria-label={t('internal.workPlan.dateFor', { name: item.name })}
      value={draft.scheduledDate}
      onChange={(e) => onChange({ ...draft, scheduledDate: e.currentTarget.value })}
      data-testid={`work-plan-date-${item.unitId}`}
    />
  ) : (
    <Text size="sm">{item.scheduledDate ? format.date(item.scheduledDate) : '—'}</Text>
  );
  const team = editable ? (
    <MultiSelect
      aria-label={t('internal.workPlan.teamFor', { name: item.name })}
      placeholder={draft.team.length ? undefined : t('internal.workPlan.pickTeam')}
      data={options}
      value={draft.team}
      onChange={(team) => onChange({ ...draft, team })}
      searchable
      maxValues={20}
      data-testid={`work-plan-team-${item.unitId}`}
    />
  ) : (
    <Text size="sm">{item.team.map((m) => m.name).join(', ') || '—'}</Text>
  );
  const progress = (
    <Text size="xs" c="dimmed">
      {t('internal.workPlan.answered', { answered: item.answered, total: item.total })} ·{' '}
      {t('internal.workPlan.verified', { verified: item.verified, total: item.total })}
      {item.doneAt ? ` · ${t('internal.workPlan.doneAt', { date: format.date(item.doneAt) })}` : ''}
    </Text>
  );
  return { date, team, progress, unitType: t(`unitType.${item.type}`, { defaultValue: item.type }) };
}

export function WorkPlanTableRow(props: Props) {
  const { date, team, progress, unitType } = useRowParts(props);
  const { item } = props;
  return (
    <Table.Tr data-testid={`work-plan-row-${item.unitId}`}>
      <Table.Td>
        <Text fw={600} size="sm">
          {item.name}
        </Text>
        <Text size="xs" c="dimmed">
          {unitType}
        </Text>
      </Table.Td>
      <Table.Td w={170}>{date}</Table.Td>
      <Table.Td miw={240}>{team}</Table.Td>
      <Table.Td miw={190}>
        <Stack gap={4} align="flex-start">
          <WorkPlanStatusBadge status={item.status} />
          {progress}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

export function WorkPlanCard(props: Props) {
  const { t } = useTranslation();
  const { date, team, progress, unitType } = useRowParts(props);
  const { item } = props;
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`work-plan-row-${item.unitId}`}>
      <Stack gap="xs">
        <Stack gap={4} align="flex-start">
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {item.name}
          </Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {unitType}
            </Text>
            <WorkPlanStatusBadge status={item.status} />
          </Group>
        </Stack>
        <div>
          <Text size="xs" fw={500}>
            {t('internal.workPlan.date')}
          </Text>
          {date}
        </div>
        <div>
          <Text size="xs" fw={500}>
            {t('internal.workPlan.team')}
          </Text>
          {team}
        </div>
        {progress}
      </Stack>
    </Paper>
  );
}
