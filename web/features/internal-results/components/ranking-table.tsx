import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ZoneBadge } from '../../../components/ui/zone-badge';
import { useFormat } from '../../../lib/format';
import type { InternalRanking } from '../api/internal-results-api';

/** The government's units ranked by their score in the internal cycle (shared ranks for equal scores). */
export function RankingTable({ ranking }: { ranking: InternalRanking }) {
  const { t } = useTranslation();
  const format = useFormat(ranking.cycle.government.timeZone);
  if (ranking.units.length === 0) return <Text c="dimmed">{t('internalResults.noUnits')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560} className="phone-stack">
      <Table striped data-testid="internal-ranking">
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t('internalResults.rank')}</Table.Th>
            <Table.Th>{t('internalResults.unit')}</Table.Th>
            <Table.Th ta="right">{t('internalResults.score')}</Table.Th>
            <Table.Th>{t('internalResults.zone')}</Table.Th>
            <Table.Th ta="right">{t('internalResults.failing')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ranking.units.map((u) => (
            <Table.Tr key={u.unitId} data-testid="internal-ranking-row" data-unit={u.unitId}>
              <Table.Td ta="right" data-label={t('internalResults.rank')}>
                {u.rank ?? '—'}
              </Table.Td>
              <Table.Td data-label={t('internalResults.unit')}>{u.name}</Table.Td>
              <Table.Td ta="right" fw={600} data-label={t('internalResults.score')}>
                {format.score(u.score)}
                {u.band ? ` (${u.band})` : ''}
              </Table.Td>
              <Table.Td data-label={t('internalResults.zone')}>
                <ZoneBadge zone={u.zone} size="sm" />
              </Table.Td>
              <Table.Td ta="right" data-label={t('internalResults.failing')}>
                {format.number(u.failing, 0)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
