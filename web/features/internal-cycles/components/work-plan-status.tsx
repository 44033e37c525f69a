import { Badge, Group, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WORK_PLAN_STATUSES, type WorkPlanStatus } from '../../../../shared/contracts/assessments-internal';
import { useFormat } from '../../../lib/format';

export const STATUS_COLOR: Record<WorkPlanStatus, string> = {
  unscheduled: 'gray',
  not_started: 'blue',
  in_progress: 'yellow',
  done_on_time: 'teal',
  done_late: 'orange',
  late: 'red',
};

export function WorkPlanStatusBadge({ status }: { status: WorkPlanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant="light"
      // The whole label, never cut off: the badge keeps its width beside a long unit name.
      style={{ flexShrink: 0, maxWidth: 'none', overflow: 'visible' }}
      data-testid="work-plan-status"
      data-status={status}
    >
      {t(`internal.workPlan.status.${status}`)}
    </Badge>
  );
}

/**
 * The work plan's progress: how many units stand in each status. Each count is a filter button
 * (pressed again, or "Semua", shows every unit).
 */
export function WorkPlanCounts({
  counts,
  total,
  filter,
  onFilter,
}: {
  counts: Partial<Record<WorkPlanStatus, number>>;
  total: number;
  filter: WorkPlanStatus | null;
  onFilter: (s: WorkPlanStatus | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="xs" data-testid="work-plan-counts" role="group" aria-label={t('internal.workPlan.progress')}>
      <UnstyledButton onClick={() => onFilter(null)} aria-pressed={filter === null}>
        <Badge variant={filter === null ? 'filled' : 'outline'} color="dark" size="lg">
          {t('internal.workPlan.all')}: {format.number(total)}
        </Badge>
      </UnstyledButton>
      {WORK_PLAN_STATUSES.map((s) => (
        <UnstyledButton
          key={s}
          onClick={() => onFilter(filter === s ? null : s)}
          aria-pressed={filter === s}
          data-testid={`work-plan-count-${s}`}
        >
          <Badge variant={filter === s ? 'filled' : 'light'} color={STATUS_COLOR[s]} size="lg">
            {t(`internal.workPlan.status.${s}`)}: {format.number(counts[s] ?? 0)}
          </Badge>
        </UnstyledButton>
      ))}
    </Group>
  );
}
