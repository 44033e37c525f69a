import { Paper, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DEADLINE_RULES, ruleOf } from '../../../../shared/complaints/deadline-rules';
import {
  BODY_KIND_LABELS,
  CHANNEL_LABELS,
  CLOSURE_LABELS,
  STAGE_LABELS,
} from '../../../../shared/complaints/stages';
import { useFormat } from '../../../lib/format';
import type { ComplaintStats } from '../api/complaint-stats-api';

type Words = Readonly<Record<string, { id: string; en: string }>>;
export const labelOf = (words: Words, key: string, lang: 'id' | 'en') => words[key]?.[lang] ?? key;

/**
 * A titled table card. Phones scroll a table of up to three columns sideways if they must; a wider one
 * stacks its rows (phone-tables.css), so its last columns are not hidden past the card's edge.
 */
export function TableCard({
  title,
  head,
  rows,
  testId,
}: {
  title: string;
  head: string[];
  rows: ReactNode[][];
  testId: string;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={260} className={head.length > 3 ? 'phone-stack' : undefined}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {head.map((h, i) => (
                <Table.Th key={h} ta={i === 0 ? undefined : 'right'}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                {r.map((c, j) => (
                  <Table.Td key={j} ta={j === 0 ? undefined : 'right'} data-label={head[j]}>
                    {c}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The counting tables: channel, closure, sector, bodies, stage days, clocks, governments. */
export function ComplaintStatsTables({ stats }: { stats: ComplaintStats }) {
  const { t } = useTranslation();
  const f = useFormat();
  const lang = f.lang;
  const n = (v: number) => f.number(v, 0);
  const days = (v: number | null) => (v === null ? '–' : f.number(v, 1));
  const deadline = (d: ComplaintStats['stageDays'][number]['deadline']) =>
    d ? t(`complaintStats.${d.unit}`, { days: d.days }) : '–';
  return (
    <>
      <TableCard
        testId="stats-stage-days"
        title={t('complaintStats.stageDays')}
        head={[
          t('complaintStats.stage'),
          t('complaintStats.stays'),
          t('complaintStats.medianDays'),
          t('complaintStats.deadline'),
        ]}
        rows={stats.stageDays.map((s) => [
          labelOf(STAGE_LABELS, s.stage, lang),
          n(s.stays),
          days(s.medianDays),
          deadline(s.deadline),
        ])}
      />
      <TableCard
        testId="stats-clocks"
        title={t('complaintStats.clocks')}
        head={[
          t('complaintStats.deadline'),
          t('complaintStats.onTime'),
          t('complaintStats.late'),
          t('complaintStats.running'),
          t('complaintStats.overdueRunning'),
        ]}
        rows={stats.deadlines.map((d) => [
          ruleOf(DEFAULT_DEADLINE_RULES, d.key).label[lang],
          n(d.onTime),
          n(d.late),
          n(d.running),
          n(d.overdue),
        ])}
      />
      <TableCard
        testId="stats-channel"
        title={t('complaintStats.byChannel')}
        head={[t('complaintStats.byChannel'), t('complaintStats.count')]}
        rows={stats.byChannel.map((c) => [labelOf(CHANNEL_LABELS, c.key, lang), n(c.count)])}
      />
      <TableCard
        testId="stats-closure"
        title={t('complaintStats.byClosure')}
        head={[t('complaintStats.byClosure'), t('complaintStats.count')]}
        rows={stats.byClosure.map((c) => [labelOf(CLOSURE_LABELS, c.key, lang), n(c.count)])}
      />
      <TableCard
        testId="stats-sector"
        title={t('complaintStats.bySector')}
        head={[t('complaintStats.bySector'), t('complaintStats.count')]}
        rows={stats.bySector.map((s) => [s.key ?? t('complaintStats.noSector'), n(s.count)])}
      />
      <TableCard
        testId="stats-bodies"
        title={t('complaintStats.byBody')}
        head={[t('complaintStats.name'), t('complaintStats.kind'), t('complaintStats.count')]}
        rows={stats.byBody.map((b) => [b.name, labelOf(BODY_KIND_LABELS, b.kind, lang), n(b.count)])}
      />
      <TableCard
        testId="stats-governments"
        title={t('complaintStats.governments')}
        head={[
          t('complaintStats.name'),
          t('complaintStats.total'),
          t('complaintStats.open'),
          t('complaintStats.medianClose'),
        ]}
        rows={stats.governments.map((g) => [g.name, n(g.total), n(g.open), days(g.medianDaysToClose)])}
      />
    </>
  );
}
