import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IKM_GRADES } from '../../../../shared/surveys/ikm';
import { useFormat } from '../../../lib/format';
import { useSkmContext } from '../api/surveys-api';

/**
 * Beside a checklist item that asks whether the government ran, published and followed up an SKM
 * (the cycle framework's SKM indicators): the government's SKM periods of the cycle's year, closed
 * or not, respondents, and the IKM with its grade once closed. Context, not proof: it never fills a
 * value — and the provider's own SKM never sets a value of the Ombudsman's score. Renders nothing
 * for other indicators.
 */
export function SkmContextPanel({
  cycleId,
  governmentId,
  indicator,
}: {
  cycleId: string;
  governmentId: string | null;
  indicator: string;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const context = useSkmContext(cycleId, governmentId);
  const c = context.data;
  if (!c || !c.indicators.some((i) => i.code === indicator)) return null;
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      bg="var(--mantine-color-gray-0)"
      component="aside"
      aria-label={`${t('surveys.context.title')} ${indicator}`}
      data-testid={`skm-context-${indicator}`}
    >
      <Stack gap={4}>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {t('surveys.context.title', { year: c.year })}
        </Text>
        {c.periods.length === 0 ? (
          <Text size="xs">{t('surveys.context.none', { year: c.year })}</Text>
        ) : (
          c.periods.map((p) => {
            const grade = IKM_GRADES.find((g) => g.grade === p.grade);
            return (
              <Stack key={p.periodId} gap={2}>
                <Anchor component={Link} to={`/survei/${p.periodId}`} size="sm">
                  {p.title}
                </Anchor>
                <Group gap="xs">
                  <Text size="xs" c="dimmed">
                    {f.dateRange(p.startsOn, p.endsOn)}
                  </Text>
                  <Badge size="xs" variant="light" color={p.closed ? 'gray' : 'blue'}>
                    {t(p.closed ? 'surveys.context.closed' : 'surveys.context.open')}
                  </Badge>
                  <Text size="xs">
                    {t('surveys.context.respondents', { count: p.respondents, n: f.number(p.respondents) })}
                  </Text>
                  {p.closed && p.ikm !== null && (
                    <Text size="xs" fw={600}>
                      IKM {f.number(p.ikm, 2)}
                      {grade ? ` (${grade.grade} — ${grade.label[lang]})` : ''}
                    </Text>
                  )}
                </Group>
              </Stack>
            );
          })
        )}
        <Text size="10px" c="dimmed">
          {t('surveys.context.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
