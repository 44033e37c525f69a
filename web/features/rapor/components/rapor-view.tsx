import {
  Accordion,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScoreHistory } from '../../../components/ui/score-history';
import { formatScore, ZoneBadge } from '../../../components/ui/zone-badge';
import { downloadUrl } from '../../../lib/files';
import { raporFileUrl, type Rapor } from '../api/rapor-api';
import { DimensionChart } from './dimension-chart';
import { ExplainDrawer } from './explain-drawer';
import { UnitGaps } from './unit-gaps';
import { useFormat } from '../../../lib/format';

function Delta({ now, before }: { now: number | null; before: number | null | undefined }) {
  const { i18n } = useTranslation();
  if (now === null || before === null || before === undefined) return null;
  const d = now - before;
  return (
    <Text span size="xs" c={d >= 0 ? 'teal' : 'red'} ml={6}>
      {d >= 0 ? '▲' : '▼'} {formatScore(Math.abs(d), i18n.language)}
    </Text>
  );
}

/**
 * The rapor page: total, band and zone, rank, dimensions, PBBT view, units (collapsed: score, zone
 * and number of gaps; opened: the unit's pemetaan kekurangan, fetched then), improvement points,
 * history.
 */
export function RaporView({
  rapor,
  besideScore,
  pbbt,
  bandSuffix,
}: {
  rapor: Rapor;
  /** Shown under the total (Taat, from web/features/taat, composed by the page). */
  besideScore?: ReactNode;
  /** Replaces the framework's own `pbbt` view (the page composes Taat's reading of it). */
  pbbt?: ReactNode;
  /** Appended to the band label (the 2025 opinion's " Tanpa Maladministrasi"). */
  bandSuffix?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat(rapor.government.timeZone);
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [explain, setExplain] = useState<{ focus: string | null; unitId: string | null } | null>(null);
  // Every unit starts collapsed; a unit's gaps are fetched when it is first opened.
  const [openUnits, setOpenUnits] = useState<string[]>([]);
  const cycleId = rapor.cycle.id;
  const governmentId = rapor.government.id;
  const prev = rapor.previous;

  return (
    <Stack>
      <Group justify="flex-end" gap="xs">
        <Button
          variant="default"
          onClick={() => downloadUrl(raporFileUrl(cycleId, governmentId, 'pdf'))}
          data-testid="rapor-pdf"
        >
          {t('rapor.downloadPdf')}
        </Button>
        <Button
          variant="default"
          onClick={() => downloadUrl(raporFileUrl(cycleId, governmentId, 'xlsx'))}
          data-testid="rapor-xlsx"
        >
          {t('rapor.downloadExcel')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper
          withBorder
          p="lg"
          radius="md"
          style={{ borderTop: `6px solid ${rapor.band?.color ?? 'var(--mantine-color-gray-4)'}` }}
        >
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('rapor.total')}
          </Text>
          <Group align="baseline" gap="xs">
            <Text fz={44} fw={800} data-testid="rapor-score" data-score={rapor.score ?? ''}>
              {formatScore(rapor.score, i18n.language)}
            </Text>
            <Delta now={rapor.score} before={prev?.score} />
          </Group>
          <Group gap="xs" mt={4}>
            <ZoneBadge zone={rapor.band?.zone ?? null} testId="rapor-zone" size="lg" />
            {rapor.band && (
              <Badge variant="outline" size="lg" data-testid="rapor-band">
                {rapor.band.code} · {rapor.band.label[lang]}
                {bandSuffix ?? ''}
              </Badge>
            )}
          </Group>
          <Button
            variant="subtle"
            size="compact-sm"
            mt="sm"
            onClick={() => setExplain({ focus: null, unitId: null })}
            data-testid="explain-total-open"
          >
            {t('rapor.explain')}
          </Button>
          {besideScore}
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('rapor.rank')}
          </Text>
          <Text fz={36} fw={800} data-testid="rapor-rank">
            {rapor.rank ?? '—'}
            <Text span c="dimmed" fz="lg">
              {' '}
              / {rapor.peers}
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            {t('rapor.rankAmong', {
              type: t(`governmentType.${rapor.government.type}`, { defaultValue: rapor.government.type }),
            })}
          </Text>
        </Paper>
        <Paper withBorder p="lg" radius="md" data-testid="rapor-previous">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('rapor.previous')}
          </Text>
          {prev ? (
            <>
              <Text fz={36} fw={800}>
                {formatScore(prev.score, i18n.language)}
              </Text>
              <Group gap="xs">
                <Text size="sm">{prev.year}</Text>
                <ZoneBadge zone={prev.zone} size="sm" />
                {prev.band && (
                  <Badge variant="outline" size="sm">
                    {prev.band}
                  </Badge>
                )}
              </Group>
            </>
          ) : (
            <Text size="sm" c="dimmed" mt="sm">
              {t('rapor.noPrevious')}
            </Text>
          )}
        </Paper>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md" radius="md">
          <Title order={4} mb="sm">
            {t('rapor.dimensions')}
          </Title>
          <DimensionChart rapor={rapor} />
          <Table mt="sm" data-testid="rapor-dimensions">
            <Table.Tbody>
              {rapor.dimensions.map((d) => (
                <Table.Tr key={d.code}>
                  <Table.Td>
                    <Text size="sm">{d.name[lang]}</Text>
                    <Text size="xs" c="dimmed">
                      {t('rapor.weight', { weight: format.percent(d.weight) })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {formatScore(d.score, i18n.language)}
                    <Delta now={d.score} before={prev?.dimensions[d.code]} />
                  </Table.Td>
                  <Table.Td w={90}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setExplain({ focus: d.code, unitId: null })}
                      data-testid={`explain-dim-${d.code}`}
                    >
                      {t('rapor.explainShort')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Stack>
          {pbbt}
          {rapor.views
            .filter((v) => !pbbt || v.id !== 'pbbt')
            .map((v) => (
              <Paper key={v.id} withBorder p="md" radius="md" data-testid={`rapor-view-${v.id}`}>
                <Title order={4} mb="sm">
                  {v.name[lang]}
                </Title>
                <SimpleGrid cols={2}>
                  {v.groups.map((g) => (
                    <Paper key={g.code} bg="gray.0" p="sm" radius="md">
                      <Text fw={800} fz="xl">
                        {formatScore(g.score, i18n.language)}
                      </Text>
                      <Text size="xs">{g.label[lang]}</Text>
                    </Paper>
                  ))}
                </SimpleGrid>
              </Paper>
            ))}
          <Paper withBorder p="md" radius="md" data-testid="rapor-improvements">
            <Title order={4} mb="sm">
              {t('rapor.improvements')}
            </Title>
            {rapor.improvementPoints.length === 0 ? (
              <Text size="sm" c="dimmed">
                —
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {rapor.improvementPoints.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            )}
          </Paper>
        </Stack>
      </SimpleGrid>

      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('rapor.units')}
        </Title>
        <Accordion
          variant="separated"
          multiple
          value={openUnits}
          onChange={setOpenUnits}
          data-testid="rapor-units"
        >
          {rapor.units.map((u) => (
            <Accordion.Item key={u.unitId} value={u.unitId} data-testid={`rapor-unit-${u.unitId}`}>
              <Accordion.Control data-testid={`rapor-unit-open-${u.unitId}`}>
                <Group justify="space-between" pr="md">
                  <div>
                    <Text fw={600}>{u.name}</Text>
                    {rapor.previous &&
                      (u.previousResults ?? []).map((p) => (
                        <Text
                          key={p.unitId}
                          size="xs"
                          c="dimmed"
                          data-testid={`rapor-unit-previous-${u.unitId}`}
                        >
                          {t('rapor.unitPrevious', {
                            year: rapor.previous!.year,
                            score: formatScore(p.score, i18n.language),
                          })}
                          {p.unitId !== u.unitId && ` · ${t('unitHistory.asName', { name: p.name })}`}
                        </Text>
                      ))}
                  </div>
                  <Group gap="xs">
                    <Text fw={700}>{formatScore(u.score, i18n.language)}</Text>
                    <ZoneBadge zone={u.zone} size="sm" />
                    <Badge
                      variant="light"
                      color={u.gapCount === 0 ? 'teal' : 'gray'}
                      size="sm"
                      data-testid={`rapor-unit-gap-count-${u.unitId}`}
                      data-count={u.gapCount}
                    >
                      {t('rapor.unmetCount', { count: u.gapCount })}
                    </Badge>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Group justify="flex-end" mb="xs">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setExplain({ focus: null, unitId: u.unitId })}
                  >
                    {t('rapor.explainUnit')}
                  </Button>
                </Group>
                <Text size="sm" fw={600} mb={4}>
                  {t('rapor.gaps')}
                </Text>
                {u.gapCount > 0 && (
                  <Text size="xs" c="dimmed" mb={4}>
                    {t('rapor.gapSummary', {
                      product: u.gapLevels.product,
                      unit: u.gapLevels.unit,
                      answers: u.shortfallCount,
                    })}
                  </Text>
                )}
                <UnitGaps
                  cycleId={cycleId}
                  governmentId={governmentId}
                  unitId={u.unitId}
                  opened={openUnits.includes(u.unitId)}
                />
                {u.improvementPoints.length > 0 && (
                  <>
                    <Text size="sm" fw={600} mt="sm" mb={4}>
                      {t('rapor.improvements')}
                    </Text>
                    <List size="sm">
                      {u.improvementPoints.map((p) => (
                        <List.Item key={p}>{p}</List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('scoreHistory.title')}
        </Title>
        <ScoreHistory items={rapor.history} timeZone={rapor.government.timeZone} />
      </Paper>
      <ExplainDrawer
        cycleId={cycleId}
        governmentId={governmentId}
        unitId={explain?.unitId ?? null}
        focus={explain?.focus ?? null}
        opened={explain !== null}
        onClose={() => setExplain(null)}
      />
    </Stack>
  );
}
