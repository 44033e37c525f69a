import { Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CALENDAR_KINDS,
  type CalendarDayDto,
  type CalendarKind,
} from '../../../../shared/contracts/calendar';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useCalendarProvinces, useSaveCalendarDay } from '../api/calendar-api';
import { DateField } from '../../../components/ui/date-field';

/** Add or change one day off: date, name, kind, the province of a regional day, the decree. */
export function CalendarDayForm({
  day,
  defaultDate,
  defaultProvince,
  onDone,
}: {
  day?: CalendarDayDto;
  defaultDate: string;
  defaultProvince: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(day?.date ?? defaultDate);
  const [name, setName] = useState(day?.name ?? '');
  const [kind, setKind] = useState<CalendarKind>(day?.kind ?? (defaultProvince ? 'regional' : 'national'));
  const [provinceCode, setProvinceCode] = useState<string | null>(day?.provinceCode ?? defaultProvince);
  const [source, setSource] = useState(day?.source ?? '');
  const provinces = useCalendarProvinces();
  const save = useSaveCalendarDay();
  const errors = fieldErrors(save.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await save.mutateAsync({
        id: day?.id,
        input: {
          date,
          name,
          kind,
          provinceCode: kind === 'regional' ? provinceCode : null,
          source: source.trim() || null,
        },
      });
      notifySuccess(t(day ? 'calendar.updated' : 'calendar.created', { name: saved.name }));
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <DateField
          label={t('calendar.date')}
          required
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={errors.date}
          data-testid="calendar-form-date"
        />
        <TextInput
          label={t('calendar.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          data-testid="calendar-form-name"
        />
        <NativeSelect
          label={t('calendar.kind')}
          required
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as CalendarKind)}
          data={CALENDAR_KINDS.map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
          error={errors.kind}
          data-testid="calendar-form-kind"
        />
        {kind === 'regional' && (
          <NativeSelect
            label={t('calendar.province')}
            required
            value={provinceCode ?? ''}
            onChange={(e) => setProvinceCode(e.currentTarget.value || null)}
            data={[
              { value: '', label: t('calendar.chooseProvince') },
              ...(provinces.data?.items ?? []).map((p) => ({
                value: p.code,
                label: `${p.code} · ${p.name}`,
              })),
            ]}
            error={errors.provinceCode}
            data-testid="calendar-form-province"
          />
        )}
        <Textarea
          label={t('calendar.source')}
          description={t('calendar.sourceHint')}
          autosize
          minRows={2}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={errors.source}
          data-testid="calendar-form-source"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="calendar-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
