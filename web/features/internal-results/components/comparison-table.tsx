import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TOTALS_NOT_COMPARABLE } from '../../../../shared/contracts/assessments-internal-results';
import { useFormat } from '../../../lib/format';
import type { InternalComparison } from '../api/internal-results-api';

/**
 * The comparison with the Ombudsman's last published result, indicator by indicator on the codes
 * both frameworks share, never totals (the note says why); an empty state without such a result.
 */
export function ComparisonTable({ comparison }: { comparison: InternalComparison }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormat(comparison.cycle.government.timeZone);
  const official = comparison.official;
  return (
    <Stack gap="sm">
      <Alert color="blue" variant="light" data-testid="totals-not-comparable">
        {TOTALS_NOT_COMPARABLE[lang]}
      </Alert>
      {!official ? (
        <Text c="dimmed" data-testid="comparison-empty">
          {t('internalResults.comparisonNone')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('internalResults.officialSource', {
              name: official.name,
              framework: official.framework.name[lang],
              date: format.date(official.publishedAt),
            })}
          </Text>
          {comparison.indicators.length === 0 && (
            <Text c="dimmed" data-testid="comparison-no-shared">
              {t('internalResults.noShared')}
            </Text>
          )}
          <Table.ScrollContainer minWidth={720} className="phone-stack">
            <Table striped data-testid="internal-comparison">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('internalResults.indicator')}</Table.Th>
                  <Table.Th ta="right">
                    {t('internalResults.internalCol', { year: comparison.cycle.year })}
                  </Table.Th>
                  <Table.Th ta="right">{t('internalResults.officialCol', { year: official.year })}</Table.Th>
                  <Table.Th ta="right">{t('internalResults.difference')}</Table.Th>
                  <Table.Th>{t('internalResults.commonUnits')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.indicators.map((r) => (
                  <Table.Tr key={r.indicator} data-testid="comparison-row" data-indicator={r.indicator}>
                    <Table.Td data-label={t('internalResults.indicator')}>
                      <Text size="sm" fw={600}>
                        {r.indicator}
                      </Text>
                      <Text size="xs">{r.name[lang]}</Text>
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      data-label={t('internalResults.internalCol', { year: comparison.cycle.year })}
                    >
                      {format.percent(r.internal.fulfilment)}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      data-label={t('internalResults.officialCol', { year: official.year })}
                    >
                      {format.percent(r.official.fulfilment)}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      fw={600}
                      data-label={t('internalResults.difference')}
                      c={r.difference === null ? undefined : r.difference < 0 ? 'red.9' : 'teal.9'}
                    >
                      {r.difference === null
                        ? '—'
                        : `${r.difference > 0 ? '+' : r.difference < 0 ? '−' : ''}${format.number(Math.abs(r.difference), 2)}`}
                    </Table.Td>
                    <Table.Td data-label={t('internalResults.commonUnits')}>
                      {r.commonUnits.length === 0 ? (
                        <Text size="xs" c="dimmed">
                          —
                        </Text>
                      ) : (
                        r.commonUnits.map((u) => (
                          <Text key={u.unitId} size="xs">
                            {u.name}: {format.percent(u.internal)} / {format.percent(u.official)}
                          </Text>
                        ))
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {comparison.internalOnly.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('internalResults.internalOnly', {
                count: comparison.internalOnly.length,
                codes: comparison.internalOnly.join(', '),
              })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
