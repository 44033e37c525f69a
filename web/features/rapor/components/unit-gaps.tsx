import { Alert, Button, Center, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUnanswered } from '../../../../shared/contracts/rapor';
import { ApiError } from '../../../lib/api-client';
import { useRaporUnitGaps, type RaporGap } from '../api/rapor-api';
import { useFormat } from '../../../lib/format';

interface UnitGapsProps {
  cycleId: string;
  governmentId: string;
  unitId: string;
  /** The unit's section is open: only then are its gaps fetched. */
  opened: boolean;
}

/**
 * One unit's pemetaan kekurangan on the rapor page, loaded when the reader opens the unit: a loader,
 * an error with a retry, "no shortfalls", or one row per indicator below its maximum.
 */
export function UnitGaps({ cycleId, governmentId, unitId, opened }: UnitGapsProps) {
  const { t } = useTranslation();
  const gaps = useRaporUnitGaps(cycleId, governmentId, unitId, opened);
  if (gaps.error)
    return (
      <Alert color="red" title={t('rapor.gapsLoadFailed')} data-testid={`rapor-gaps-error-${unitId}`}>
        {gaps.error instanceof ApiError ? gaps.error.message : t('common.networkError')}
        <Button size="xs" variant="light" ml="md" onClick={() => void gaps.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  if (!gaps.data)
    return (
      <Center py="sm" data-testid={`rapor-gaps-loading-${unitId}`}>
        <Loader size="sm" />
      </Center>
    );
  if (gaps.data.gaps.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid={`rapor-gaps-empty-${unitId}`}>
        {t('rapor.noGaps')}
      </Text>
    );
  return <GapTable unitId={unitId} gaps={gaps.data.gaps} />;
}

function GapTable({ unitId, gaps }: { unitId: string; gaps: RaporGap[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormat();
  const formatValue = (v: number | null) => format.number(v);
  return (
    // On a phone the table scrolls inside its own box instead of widening the page.
    <Table.ScrollContainer minWidth={560}>
      <Table fz="sm" withTableBorder data-testid={`rapor-gaps-${unitId}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('verification.indicator')}</Table.Th>
            <Table.Th ta="right">{t('rapor.below')}</Table.Th>
            <Table.Th ta="right">{t('rapor.lowest')}</Table.Th>
            <Table.Th ta="right">{t('rapor.mean')}</Table.Th>
            <Table.Th>{t('rapor.examples')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {gaps.map((g) => (
            <Table.Tr key={g.indicator}>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {g.indicator}
                </Text>
                {g.name[lang]}
              </Table.Td>
              <Table.Td ta="right">
                {g.level === 'product'
                  ? t('rapor.belowProducts', { count: g.count, assessed: g.assessed })
                  : t('rapor.unitLevel')}
              </Table.Td>
              <Table.Td ta="right">
                {formatValue(g.min)} / {g.scaleMax}
              </Table.Td>
              <Table.Td ta="right">{g.level === 'product' ? formatValue(g.mean) : ''}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {g.examples.map((e, i) => (
                    <Text key={`${e.product ?? ''}:${i}`} size="xs">
                      {e.product !== null && <Text span fw={600} size="xs">{`${e.product}: `}</Text>}
                      {isUnanswered(e) ? (
                        <Text span fs="italic" size="xs" data-testid="gap-unanswered">
                          {t('verification.unanswered')}
                        </Text>
                      ) : (
                        formatValue(e.value)
                      )}
                      {e.selfValue !== null && (
                        <Text span c="dimmed" size="xs">
                          {` (${t('rapor.selfShort')} ${formatValue(e.selfValue)})`}
                        </Text>
                      )}
                      {e.reason && ` — ${e.reason}`}
                    </Text>
                  ))}
                  {g.more > 0 && (
                    <Text size="xs" c="dimmed" fs="italic">
                      {t('rapor.moreProducts', { count: g.more })}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
