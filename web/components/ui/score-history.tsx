import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat, type TimeZoneCode } from '../../lib/format';

export interface ScoreVersion {
  version: number;
  reason: string;
  score: number | null;
  at: string;
}

/** Every version of a score, newest first: each verification, appeal or approval makes one. */
export function ScoreHistory({ items, timeZone }: { items: ScoreVersion[]; timeZone?: TimeZoneCode }) {
  const { t } = useTranslation();
  const format = useFormat(timeZone);
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('scoreHistory.empty')}
      </Text>
    );
  }
  return (
    <Table striped data-testid="score-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('scoreHistory.version')}</Table.Th>
          <Table.Th>{t('scoreHistory.reason')}</Table.Th>
          <Table.Th ta="right">{t('scoreHistory.score')}</Table.Th>
          <Table.Th>{t('scoreHistory.at')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((h) => (
          <Table.Tr key={h.version} data-testid={`score-version-${h.version}`}>
            <Table.Td>v{h.version}</Table.Td>
            <Table.Td>{t(`scoreHistory.reasons.${h.reason}`, { defaultValue: h.reason })}</Table.Td>
            <Table.Td ta="right">{format.score(h.score)}</Table.Td>
            <Table.Td>{format.dateTime(h.at)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
