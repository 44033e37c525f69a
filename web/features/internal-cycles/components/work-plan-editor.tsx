import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkPlanItem, WorkPlanStatus } from '../../../../shared/contracts/assessments-internal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat, type TimeZoneCode } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSaveWorkPlan, useVerifierOptions, useWorkPlan } from '../api/internal-cycles-api';
import { WorkPlanCard, WorkPlanTableRow, type Draft } from './work-plan-row';
import { WorkPlanCounts } from './work-plan-status';

const fromItem = (i: WorkPlanItem): Draft => ({
  scheduledDate: i.scheduledDate ?? '',
  team: i.team.map((m) => m.userId),
});

const same = (a: Draft, b: Draft) =>
  a.scheduledDate === b.scheduledDate && [...a.team].sort().join() === [...b.team].sort().join();

interface Props {
  cycleId: string;
  /** The owner's coordinator, before publication: dates and teams can change. */
  editable: boolean;
  zone: TimeZoneCode;
}

/**
 * The work plan of an internal cycle: per unit the scheduled date and the Inspektorat team, and
 * where each unit stands (counts per status as filters). A table on a desktop, cards on a phone.
 */
export function WorkPlanEditor({ cycleId, editable, zone }: Props) {
  const { t } = useTranslation();
  const format = useFormat(zone);
  const plan = useWorkPlan(cycleId);
  const save = useSaveWorkPlan(cycleId);
  const verifierOptions = useVerifierOptions(cycleId, editable);
  const phone = useMediaQuery('(max-width: 48em)');
  const [edits, setEdits] = useState<Record<string, Draft>>({});
  const [filter, setFilter] = useState<WorkPlanStatus | null>(null);
  const items = plan.data?.items ?? [];
  const changed = items.filter((i) => edits[i.unitId] && !same(edits[i.unitId]!, fromItem(i)));
  const verifiers = (verifierOptions.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }));
  const shown = filter ? items.filter((i) => i.status === filter) : items;

  async function submit() {
    try {
      await save.mutateAsync({
        items: changed.map((i) => {
          const d = edits[i.unitId]!;
          return { unitId: i.unitId, scheduledDate: d.scheduledDate || null, team: d.team };
        }),
      });
      setEdits({});
      notifySuccess(t('internal.workPlan.saved', { count: changed.length }));
    } catch (err) {
      notifyError(err, t('common.saveFailed'), { withFields: true });
    }
  }

  const rowProps = (i: WorkPlanItem) => ({
    item: i,
    draft: edits[i.unitId] ?? fromItem(i),
    editable,
    verifiers,
    zone,
    onChange: (d: Draft) => setEdits((e) => ({ ...e, [i.unitId]: d })),
  });

  return (
    <QueryState isPending={plan.isPending} error={plan.error} onRetry={() => void plan.refetch()}>
      {plan.data && (
        <Stack>
          <WorkPlanCounts
            counts={plan.data.counts}
            total={items.length}
            filter={filter}
            onFilter={setFilter}
          />
          <Text size="xs" c="dimmed">
            {t('internal.workPlan.today', { date: format.date(plan.data.today) })}
          </Text>
          {shown.length === 0 ? (
            <Empty
              title={items.length ? t('internal.workPlan.noneInStatus') : t('internal.workPlan.empty')}
            />
          ) : phone ? (
            <Stack gap="sm" data-testid="work-plan-cards">
              {shown.map((i) => (
                <WorkPlanCard key={i.unitId} {...rowProps(i)} />
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" data-testid="work-plan-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('internal.workPlan.unit')}</Table.Th>
                    <Table.Th>{t('internal.workPlan.date')}</Table.Th>
                    <Table.Th>{t('internal.workPlan.team')}</Table.Th>
                    <Table.Th>{t('internal.workPlan.statusLabel')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((i) => (
                    <WorkPlanTableRow key={i.unitId} {...rowProps(i)} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {editable && (
            <Group
              justify="flex-end"
              pos="sticky"
              bottom={0}
              py="xs"
              bg="var(--mantine-color-body)"
              style={{ zIndex: 2 }}
            >
              <Text size="sm" c="dimmed" role="status">
                {changed.length ? t('internal.workPlan.unsaved', { count: changed.length }) : ''}
              </Text>
              <Button
                variant="default"
                disabled={changed.length === 0}
                onClick={() => setEdits({})}
                data-testid="work-plan-reset"
              >
                {t('internal.workPlan.reset')}
              </Button>
              <Button
                onClick={() => void submit()}
                disabled={changed.length === 0}
                loading={save.isPending}
                data-testid="work-plan-save"
              >
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
