import { Anchor, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  OpeningDaySchema,
  WEEKDAY_LABELS,
  WEEKDAYS,
  type OpeningDay,
  type OpeningHours,
} from '../../../../shared/contracts/unit-profile';

/** One row per weekday (Senin … Minggu), always seven: a day missing from the saved list is closed. */
export function fullWeek(hours: OpeningHours): OpeningDay[] {
  return WEEKDAYS.map((day) => hours.find((d) => d.day === day) ?? { day, closed: true });
}

type DayErrors = Partial<Record<'open' | 'close' | 'breakStart' | 'breakEnd', string>>;

/**
 * Problems of each day by field, from the same rule the server applies (OpeningDaySchema); the
 * messages are the contract's keys, shown through `unitProfile.errors.*`.
 */
export function openingHoursErrors(days: OpeningDay[]): Record<number, DayErrors> {
  const out: Record<number, DayErrors> = {};
  for (const d of days) {
    const r = OpeningDaySchema.safeParse(d);
    if (r.success) continue;
    const errors: DayErrors = {};
    for (const issue of r.error.issues) {
      const field = issue.path[0] as keyof DayErrors;
      if (!errors[field]) errors[field] = issue.message.replace(/^unitProfile\./, '');
    }
    out[d.day] = errors;
  }
  return out;
}

interface Props {
  value: OpeningDay[];
  onChange: (days: OpeningDay[]) => void;
  /** Shown beside the title: the unit's own zone (WIB, WITA or WIT). */
  zone: string;
  readOnly?: boolean;
  /** Show the problems (after a save attempt), keyed by weekday. */
  errors?: Record<number, DayErrors>;
}

/** The opening hours of a unit, a weekday per row: open or closed, opening and closing time, an optional break. */
export function OpeningHoursEditor({ value, onChange, zone, readOnly = false, errors = {} }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const set = (day: number, patch: Partial<OpeningDay>) =>
    onChange(value.map((d) => (d.day === day ? { ...d, ...patch } : d)));
  const message = (key: string | undefined) => (key ? t(`unitProfile.errors.${key}`) : undefined);
  const monday = value.find((d) => d.day === 1);

  return (
    <Stack gap="xs" data-testid="opening-hours">
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{t('unitProfile.hours.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('unitProfile.hours.zone', { zone })}
        </Text>
      </Group>
      {value.map((d) => {
        const name = WEEKDAY_LABELS[d.day]![lang];
        const e = errors[d.day] ?? {};
        const hasBreak = d.breakStart !== undefined && d.breakStart !== null;
        return (
          <Paper key={d.day} withBorder p="xs" radius="sm" data-testid={`day-${d.day}`}>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <Stack gap={4} w={120}>
                <Text fw={500}>{name}</Text>
                <Switch
                  label={t('unitProfile.hours.isOpen')}
                  aria-label={`${name}: ${t('unitProfile.hours.isOpen')}`}
                  checked={!d.closed}
                  disabled={readOnly}
                  onChange={(ev) =>
                    set(
                      d.day,
                      ev.currentTarget.checked
                        ? { closed: false, open: d.open ?? '07:30', close: d.close ?? '15:00' }
                        : { closed: true },
                    )
                  }
                  data-testid={`day-${d.day}-open-switch`}
                />
              </Stack>
              {d.closed ? (
                <Text size="sm" c="dimmed" pt={4}>
                  {t('unitProfile.hours.closed')}
                </Text>
              ) : (
                <Stack gap={4} style={{ flex: 1, minWidth: 200 }}>
                  <Group gap="xs" wrap="wrap" align="flex-start">
                    <TextInput
                      type="time"
                      size="xs"
                      w={110}
                      label={t('unitProfile.hours.open')}
                      aria-label={`${name}: ${t('unitProfile.hours.open')}`}
                      value={d.open ?? ''}
                      readOnly={readOnly}
                      onChange={(ev) => set(d.day, { open: ev.currentTarget.value || null })}
                      error={message(e.open)}
                      data-testid={`day-${d.day}-open`}
                    />
                    <TextInput
                      type="time"
                      size="xs"
                      w={110}
                      label={t('unitProfile.hours.close')}
                      aria-label={`${name}: ${t('unitProfile.hours.close')}`}
                      value={d.close ?? ''}
                      readOnly={readOnly}
                      onChange={(ev) => set(d.day, { close: ev.currentTarget.value || null })}
                      error={message(e.close)}
                      data-testid={`day-${d.day}-close`}
                    />
                  </Group>
                  {hasBreak ? (
                    <Group gap="xs" wrap="wrap" align="flex-start">
                      <TextInput
                        type="time"
                        size="xs"
                        w={110}
                        label={t('unitProfile.hours.breakStart')}
                        aria-label={`${name}: ${t('unitProfile.hours.breakStart')}`}
                        value={d.breakStart ?? ''}
                        readOnly={readOnly}
                        onChange={(ev) => set(d.day, { breakStart: ev.currentTarget.value })}
                        error={message(e.breakStart)}
                        data-testid={`day-${d.day}-break-start`}
                      />
                      <TextInput
                        type="time"
                        size="xs"
                        w={110}
                        label={t('unitProfile.hours.breakEnd')}
                        aria-label={`${name}: ${t('unitProfile.hours.breakEnd')}`}
                        value={d.breakEnd ?? ''}
                        readOnly={readOnly}
                        onChange={(ev) => set(d.day, { breakEnd: ev.currentTarget.value || null })}
                        error={message(e.breakEnd)}
                        data-testid={`day-${d.day}-break-end`}
                      />
                      {!readOnly && (
                        <Anchor
                          component="button"
                          type="button"
                          size="xs"
                          mt={24}
                          onClick={() => set(d.day, { breakStart: null, breakEnd: null })}
                        >
                          {t('unitProfile.hours.removeBreak')}
                        </Anchor>
                      )}
                    </Group>
                  ) : (
                    !readOnly && (
                      <Anchor
                        component="button"
                        type="button"
                        size="xs"
                        ta="left"
                        onClick={() => set(d.day, { breakStart: '12:00', breakEnd: '13:00' })}
                        data-testid={`day-${d.day}-add-break`}
                      >
                        {t('unitProfile.hours.addBreak')}
                      </Anchor>
                    )
                  )}
                </Stack>
              )}
            </Group>
          </Paper>
        );
      })}
      {!readOnly && monday && (
        <Anchor
          component="button"
          type="button"
          size="sm"
          ta="left"
          onClick={() =>
            onChange(value.map((d) => (d.day >= 2 && d.day <= 5 ? { ...monday, day: d.day } : d)))
          }
          data-testid="copy-weekdays"
        >
          {t('unitProfile.hours.copyToWeekdays')}
        </Anchor>
      )}
    </Stack>
  );
}
