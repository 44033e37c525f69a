import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueQuery } from '../../../../shared/contracts/calendar';
import { formatDate, formatNumber, formatWeekday } from '../../../../shared/format/format';
import { fieldErrors } from '../../../lib/notify';
import { useDue } from '../api/calendar-api';

/** "Hitung tenggat": the due date of N working or calendar days from a date, on the stored calendar. */
export function DeadlineCalculator({ province, today }: { province: string | null; today: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [from, setFrom] = useState(today);
  const [add, setAdd] = useState<string | number>(10);
  const [unit, setUnit] = useState<DueQuery['unit']>('working');
  const [pauseFrom, setPauseFrom] = useState('');
  const [pauseTo, setPauseTo] = useState('');
  const [query, setQuery] = useState<DueQuery | null>(null);
  const due = useDue(query);
  const errors = fieldErrors(due.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    // One pause range; a half-filled one is sent as it is, so the server names what is missing.
    const pauses = pauseFrom || pauseTo ? `${pauseFrom || pauseTo}..${pauseTo || pauseFrom}` : undefined;
    setQuery({
      from,
      add: Number(add),
      unit,
      ...(province ? { province } : {}),
      ...(pauses ? { pauses } : {}),
    });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deadline-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="deadline-title">
            {t('calendar.calculator')}
          </Title>
          <Text size="sm" c="dimmed">
            {province
              ? t('calendar.calculatorHintProvince', { code: province })
              : t('calendar.calculatorHint')}
          </Text>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              type="date"
              label={t('calendar.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={errors.from}
              data-testid="calc-from"
              w={170}
            />
            <NumberInput
              label={t('calendar.addDays')}
              value={add}
              onChange={setAdd}
              min={0}
              max={3650}
              allowDecimal={false}
              error={errors.add}
              data-testid="calc-add"
              w={110}
            />
            <SegmentedControl
              value={unit}
              onChange={(v) => setUnit(v as DueQuery['unit'])}
              aria-label={t('calendar.unit')}
              data={[
                { value: 'working', label: t('calendar.units.working') },
                { value: 'calendar', label: t('calendar.units.calendar') },
              ]}
              data-testid="calc-unit"
            />
            <TextInput
              type="date"
              label={t('calendar.pauseFrom')}
              value={pauseFrom}
              onChange={(e) => setPauseFrom(e.currentTarget.value)}
              error={errors.pauses}
              data-testid="calc-pause-from"
              w={170}
            />
            <TextInput
              type="date"
              label={t('calendar.pauseTo')}
              value={pauseTo}
              onChange={(e) => setPauseTo(e.currentTarget.value)}
              data-testid="calc-pause-to"
              w={170}
            />
            <Button type="submit" loading={due.isFetching} data-testid="calc-submit">
              {t('calendar.compute')}
            </Button>
          </Group>
          {due.error && !Object.keys(errors).length && (
            <Alert color="red">
              {due.error instanceof Error ? due.error.message : t('common.loadFailed')}
            </Alert>
          )}
          {due.data && !due.error && (
            <Alert color="blue" data-testid="calc-result" data-skipped={due.data.skipped.join(',')}>
              <Text fw={600} data-testid="calc-due" data-due={due.data.due}>
                {t('calendar.dueOn', {
                  weekday: formatWeekday(due.data.due, lang),
                  date: formatDate(due.data.due, lang),
                })}
              </Text>
              <Text size="sm">
                {due.data.skipped.length === 0
                  ? t('calendar.noneSkipped')
                  : t('calendar.skipped', {
                      count: due.data.skipped.length,
                      n: formatNumber(due.data.skipped.length, lang),
                      dates: due.data.skipped.map((d) => formatDate(d, lang)).join(', '),
                    })}
              </Text>
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
