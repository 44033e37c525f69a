import { Badge, Button, Group, Modal, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDayDto, CalendarKind } from '../../../../shared/contracts/calendar';
import { formatDate, formatMonthYear, formatWeekday, todayIn } from '../../../../shared/format/format';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useCalendar, useCalendarProvinces, useDeleteCalendarDay } from '../api/calendar-api';
import { CalendarDayForm } from './calendar-day-form';
import { DeadlineCalculator } from './deadline-calculator';

const KIND_COLOR: Record<CalendarKind, string> = {
  national: 'red',
  cuti_bersama: 'orange',
  regional: 'teal',
};

/** The days off of one year, grouped by month, filtered by province; admins add, change and delete. */
export function CalendarView({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const today = todayIn();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [province, setProvince] = useState<string | null>(null);
  const [editing, setEditing] = useState<CalendarDayDto | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CalendarDayDto | null>(null);
  const calendar = useCalendar({ year, ...(province ? { province } : {}) });
  const provinces = useCalendarProvinces();
  const remove = useDeleteCalendarDay();

  const years = useMemo(() => {
    const set = new Set([...(calendar.data?.years ?? []), year, Number(today.slice(0, 4)) + 1]);
    return [...set].sort((a, b) => a - b);
  }, [calendar.data?.years, year, today]);

  const months = useMemo(() => {
    const byMonth = new Map<string, CalendarDayDto[]>();
    for (const d of calendar.data?.items ?? []) {
      const key = d.date.slice(0, 7);
      byMonth.set(key, [...(byMonth.get(key) ?? []), d]);
    }
    return [...byMonth.entries()];
  }, [calendar.data?.items]);

  async function confirmDelete(day: CalendarDayDto) {
    try {
      await remove.mutateAsync(day.id);
      notifySuccess(t('calendar.deleted', { name: day.name }));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setDeleting(null);
    }
  }

  return (
    <Stack>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('calendar.year')}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          data={years.map((y) => String(y))}
          data-testid="calendar-year"
          w={110}
        />
        <NativeSelect
          label={t('calendar.filterProvince')}
          value={province ?? ''}
          onChange={(e) => setProvince(e.currentTarget.value || null)}
          data={[
            { value: '', label: t('calendar.allProvinces') },
            ...(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` })),
          ]}
          data-testid="calendar-province"
          w={260}
          maw="100%"
        />
        {canManage && (
          <Button onClick={() => setEditing('new')} data-testid="calendar-add">
            {t('calendar.add')}
          </Button>
        )}
      </Group>
      <DeadlineCalculator province={province} today={today} />
      <QueryState
        isPending={calendar.isPending}
        error={calendar.error}
        onRetry={() => void calendar.refetch()}
      >
        {months.length === 0 ? (
          <Empty
            title={t('calendar.empty', { year })}
            hint={canManage ? t('calendar.emptyHintAdmin') : undefined}
          />
        ) : (
          <Stack gap="lg" data-testid="calendar-list">
            {months.map(([month, days]) => (
              <section key={month} aria-labelledby={`month-${month}`}>
                <Title order={2} size="h4" mb="xs" id={`month-${month}`}>
                  {formatMonthYear(`${month}-01`, lang)}
                </Title>
                <Stack gap={6}>
                  {days.map((d) => (
                    <Paper
                      key={d.id}
                      withBorder
                      p="sm"
                      data-testid="calendar-day"
                      data-date={d.date}
                      data-kind={d.kind}
                    >
                      <Group justify="space-between" wrap="wrap" gap="xs">
                        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
                          <Text size="sm" fw={600}>
                            {formatWeekday(d.date, lang)}, {formatDate(d.date, lang)}
                          </Text>
                          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                            {d.name}
                          </Text>
                          <Group gap={4}>
                            <Badge size="sm" variant="light" color={KIND_COLOR[d.kind]}>
                              {t(`calendar.kinds.${d.kind}`)}
                            </Badge>
                            {d.provinceName && (
                              <Badge size="sm" variant="outline" color="teal">
                                {d.provinceName}
                              </Badge>
                            )}
                          </Group>
                          {d.source && (
                            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                              {d.source}
                            </Text>
                          )}
                        </Stack>
                        {canManage && (
                          <Group gap={2} wrap="nowrap">
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => setEditing(d)}
                              aria-label={`${t('common.edit')}: ${d.name}`}
                            >
                              {t('common.edit')}
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setDeleting(d)}
                              aria-label={`${t('common.remove')}: ${d.name}`}
                            >
                              {t('common.remove')}
                            </Button>
                          </Group>
                        )}
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              </section>
            ))}
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('calendar.add') : t('calendar.edit')}
      >
        {editing !== null && (
          <CalendarDayForm
            day={editing === 'new' ? undefined : editing}
            defaultDate={year === Number(today.slice(0, 4)) ? today : `${year}-01-01`}
            defaultProvince={province}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('calendar.deleteTitle')}
        message={t('calendar.deleteConfirm', {
          name: deleting?.name ?? '',
          date: deleting ? formatDate(deleting.date, lang) : '',
        })}
        confirmLabel={t('common.remove')}
        danger
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && void confirmDelete(deleting)}
      />
    </Stack>
  );
}
