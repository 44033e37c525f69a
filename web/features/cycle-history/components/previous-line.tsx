import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FOLLOWUP_KIND_LABELS } from '../../../../shared/followups/kinds';
import { useFormat } from '../../../lib/format';
import { usePreviousCycle } from '../api/cycle-history-api';

/**
 * One compact line beside an indicator: last cycle's value and each follow-up item raised for it,
 * done or not — "2023: 2 / 3 · Saran perbaikan: selesai ✓". Indicators are matched across framework
 * versions by the server (crosswalk). Renders nothing when there is no earlier cycle or nothing
 * to say for this indicator. Wraps on a phone.
 */
export function PreviousLine({
  cycleId,
  unitId,
  governmentId,
  indicator,
}: {
  cycleId: string;
  unitId?: string | null;
  governmentId?: string | null;
  indicator: string;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const previous = usePreviousCycle(cycleId, { unitId, governmentId });
  const data = previous.data;
  const row = data?.indicators.find((i) => i.indicator === indicator);
  if (!data?.previous || !row || (row.value === null && row.items.length === 0)) return null;
  const year = data.previous.year;
  return (
    <Group
      gap={6}
      wrap="wrap"
      data-testid={`previous-${indicator}`}
      aria-label={t('cycleHistory.label', { year })}
    >
      <Text size="xs" c="dimmed">
        {row.value === null
          ? t('cycleHistory.noValue', { year })
          : t('cycleHistory.value', {
              year,
              value: f.number(row.value),
              max: row.max === null ? '' : ` / ${f.number(row.max)}`,
            })}
      </Text>
      {row.items.map((item) => (
        <Text key={item.id} size="xs" c={item.done ? 'teal.8' : 'orange.9'} title={item.action}>
          · {FOLLOWUP_KIND_LABELS[item.kind][lang]}:{' '}
          {item.done ? t('cycleHistory.done') : t('cycleHistory.notDone')}
        </Text>
      ))}
    </Group>
  );
}
