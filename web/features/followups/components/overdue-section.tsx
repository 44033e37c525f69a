import { Anchor, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { useFormat } from '../../../lib/format';
import { useFollowupOverdue, type OverdueRow } from '../api/followups-api';

/**
 * One row per government: the API counts per government and issuing office (an office's products,
 * the government's own improvements with none), which read as the same name twice; the row's click
 * filters by government anyway. Open and overdue add up; the oldest due date is the earliest.
 */
export function perGovernment(rows: readonly OverdueRow[]): OverdueRow[] {
  const byGovernment = new Map<string, OverdueRow>();
  for (const r of rows) {
    const seen = byGovernment.get(r.governmentId);
    if (!seen) byGovernment.set(r.governmentId, { ...r, officeId: null });
    else
      byGovernment.set(r.governmentId, {
        ...seen,
        open: seen.open + r.open,
        overdue: seen.overdue + r.overdue,
        oldestDue:
          seen.oldestDue && r.oldestDue
            ? seen.oldestDue < r.oldestDue
              ? seen.oldestDue
              : r.oldestDue
            : (seen.oldestDue ?? r.oldestDue),
      });
  }
  return [...byGovernment.values()];
}

/** How many governments the overdue table shows before "show all" (an office has dozens, the admin 591). */
export const OVERDUE_SHOWN = 10;

/**
 * Overdue per government (office staff: their offices' governments; a coordinator: their own),
 * worst first, the first ten until asked for all; a click filters the backlog to that government's
 * overdue items.
 */
export function OverdueSection({ onPick }: { onPick: (governmentId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user, can } = useAuth();
  const shown = can('complaint.read') || user?.role === 'gov_coordinator';
  const overdue = useFollowupOverdue(shown);
  const [all, setAll] = useState(false);
  if (!shown || !overdue.data) return null;
  const rows = perGovernment(overdue.data.items)
    .filter((r) => r.open > 0)
    .sort((a, b) => b.overdue - a.overdue);
  if (rows.length === 0) return null;
  const visible = all ? rows : rows.slice(0, OVERDUE_SHOWN);
  return (
    <Paper withBorder p="sm" data-testid="fu-overdue">
      <Stack gap="xs">
        <Text fw={600}>{t('followups.overdueTitle')}</Text>
        <Table.ScrollContainer minWidth={360} className="phone-stack">
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('followups.list.government')}</Table.Th>
                <Table.Th ta="right">{t('followups.overdueOpen')}</Table.Th>
                <Table.Th ta="right">{t('followups.overdue')}</Table.Th>
                <Table.Th>{t('followups.oldestDue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((r) => (
                <Table.Tr key={r.governmentId} data-testid="fu-overdue-row">
                  <Table.Td data-label={t('followups.list.government')}>
                    <Anchor component="button" type="button" size="sm" onClick={() => onPick(r.governmentId)}>
                      {r.governmentName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right" data-label={t('followups.overdueOpen')}>
                    {format.number(r.open)}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    data-label={t('followups.overdue')}
                    fw={r.overdue > 0 ? 700 : undefined}
                    c={r.overdue > 0 ? 'red.8' : undefined}
                  >
                    {format.number(r.overdue)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} data-label={t('followups.oldestDue')}>
                    {r.oldestDue ? format.date(r.oldestDue) : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {rows.length > OVERDUE_SHOWN && (
          <Button
            variant="subtle"
            size="xs"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setAll((v) => !v)}
            data-testid="fu-overdue-all"
          >
            {all
              ? t('followups.overdueShowFewer', { count: OVERDUE_SHOWN })
              : t('followups.overdueShowAll', { count: rows.length, n: format.number(rows.length) })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
