import { Badge, Drawer, Group, List, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatScore, ZoneBadge } from '../../../components/ui/zone-badge';
import { useExplain, type ExplainNode } from '../api/rapor-api';
import { useFormat } from '../../../lib/format';

/** An answer the unit left blank and no assessor set. */
const unanswered = (a: NonNullable<ExplainNode['answers']>[number]) =>
  a.verifyStatus === 'pending' && a.selfValue === null && a.value === null && !a.na;

/** Where a survey set the value (issue 16 §6): period, question, share of best answers, mapping. */
function SurveySourceLine({
  source,
  lang,
}: {
  source: NonNullable<NonNullable<ExplainNode['answers']>[number]['survey']>;
  lang: 'id' | 'en';
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="xs" c="dimmed" data-testid="explain-survey">
      {t('explain.survey', {
        period: source.periodTitle,
        question: source.element ? `${source.question} ${source.element[lang]}` : source.question,
        share: format.percent(source.share, 1),
        interviews: source.interviews,
        best: source.bestAnswer?.[lang] ?? '4',
        value: source.value,
      })}
      <br />
      {t('explain.surveyLevels', {
        levels: source.levels.map((l) => `≥ ${format.percent(l.min, 0)} → ${l.value}`).join('; '),
      })}
    </Text>
  );
}

function NodeRow({ node, depth, lang }: { node: ExplainNode; depth: number; lang: 'id' | 'en' }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(depth === 0);
  const hasMore = Boolean(node.children?.length || node.answers?.length);
  return (
    <Stack
      gap={2}
      pl={depth === 0 ? 0 : 'md'}
      style={depth > 0 ? { borderLeft: '2px solid var(--mantine-color-gray-3)' } : undefined}
    >
      <UnstyledButton
        onClick={() => setOpen((o) => !o)}
        disabled={!hasMore}
        data-testid={`explain-node-${node.code}`}
      >
        <Group justify="space-between" wrap="nowrap" py={2}>
          <Text size="sm">
            {hasMore ? (open ? '▾ ' : '▸ ') : '• '}
            <b>{node.code}</b> {node.name[lang]}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" title={t('explain.shareHint')}>
              {t('explain.share', { share: format.percent(node.share) })}
            </Text>
            {node.status === 'na' ? (
              <Badge size="sm" color="gray" variant="light">
                {t('checklist.naShort')}
              </Badge>
            ) : (
              <Text size="sm" fw={700} w={60} ta="right" data-testid={`explain-score-${node.code}`}>
                {formatScore(node.score, i18n.language)}
              </Text>
            )}
            {node.missing > 0 && (
              <Badge size="xs" color="orange" variant="light">
                {t('explain.missing', { count: node.missing })}
              </Badge>
            )}
          </Group>
        </Group>
      </UnstyledButton>
      {open && node.children?.map((c) => <NodeRow key={c.code} node={c} depth={depth + 1} lang={lang} />)}
      {open && node.answers && node.answers.length > 0 && (
        <Table fz="xs" ml="md" withTableBorder data-testid={`explain-answers-${node.code}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('explain.where')}</Table.Th>
              <Table.Th>{t('explain.self')}</Table.Th>
              <Table.Th>{t('explain.used')}</Table.Th>
              <Table.Th>{t('explain.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {node.answers.map((a) => (
              <Table.Tr key={a.answerId}>
                <Table.Td>
                  {[a.unitName, a.productName].filter(Boolean).join(' · ') || t('selfProgress.entityLevel')}
                </Table.Td>
                <Table.Td>{a.selfValue ?? '—'}</Table.Td>
                <Table.Td fw={700}>{a.na ? t('checklist.naShort') : (a.value ?? '—')}</Table.Td>
                <Table.Td>
                  {unanswered(a) ? (
                    // Left blank by the unit, not an assessor's 0 (REFERENCE §10 rule 2).
                    <Text span fs="italic" size="xs" data-testid="explain-unanswered">
                      {t('verification.unanswered')}
                    </Text>
                  ) : (
                    t(`verification.status.${a.verifyStatus}`, { defaultValue: a.verifyStatus })
                  )}
                  {a.reason && !a.survey ? ` — ${a.reason}` : ''}
                  {a.survey && <SurveySourceLine source={a.survey} lang={lang} />}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** Drill-down from a score to the answers behind it (GET …/explain): node scores, shares, answers per leaf. */
export function ExplainDrawer({
  cycleId,
  governmentId,
  unitId,
  focus,
  opened,
  onClose,
}: {
  cycleId: string;
  governmentId: string;
  unitId: string | null;
  focus: string | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const explain = useExplain(cycleId, governmentId, unitId, opened);
  const e = explain.data;
  const nodes = e ? (focus ? e.nodes.filter((n) => n.code === focus) : e.nodes) : [];
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('explain.title')}
      data-testid="explain-drawer"
    >
      <QueryState isPending={explain.isPending} error={explain.error}>
        {e && (
          <Stack>
            <Group>
              <Text fw={700} fz="xl" data-testid="explain-total">
                {formatScore(e.rounded, i18n.language)}
              </Text>
              <ZoneBadge zone={e.zone} />
              {e.band && <Badge variant="outline">{e.band}</Badge>}
              <Text size="xs" c="dimmed">
                {t('explain.unrounded', { score: format.number(e.score, 4) })}
              </Text>
            </Group>
            {nodes.map((n) => (
              <NodeRow key={n.code} node={n} depth={0} lang={lang} />
            ))}
            <Stack gap={4}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                {t('explain.rules')}
              </Text>
              <List size="xs">
                {e.rules.map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
            </Stack>
          </Stack>
        )}
      </QueryState>
    </Drawer>
  );
}
