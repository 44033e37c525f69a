import { Badge, Group, Paper, SimpleGrid, Text, Title, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rapor } from '../../../../shared/contracts/rapor';
import type { GovernmentTaat } from '../../../../shared/contracts/taat';
import { useFormat } from '../../../lib/format';

const PARTS = ['patuh', 'bersih', 'baik'] as const;

/**
 * Patuh · Bersih · Baik · Taat (REFERENCE §0), labelled Patuh's reading: the first three from the
 * framework's `pbbt` view (its groups name the dimensions they read: Proses ≈ Patuh, Output ≈
 * Bersih, Input ≈ Baik for 2022–2024), Taat from the follow-up backlog (not from the score).
 */
export function PbbtView({
  rapor,
  taat,
  taatFailed,
  onExplain,
}: {
  rapor: Rapor;
  taat: GovernmentTaat | undefined;
  taatFailed: boolean;
  onExplain: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormat(rapor.government.timeZone);
  const view = rapor.views.find((v) => v.id === 'pbbt');
  const dimName = (code: string) => rapor.dimensions.find((d) => d.code === code)?.name[lang] ?? code;
  const sourceOf = (nodes: string[] | undefined) => (nodes ?? []).map(dimName).join(' + ');
  const taatGroup = view?.groups.find((g) => g.code === 'taat');
  return (
    <Paper withBorder p="md" radius="md" data-testid="pbbt-view">
      <Group justify="space-between" mb={4}>
        <Title order={4}>{t('taat.pbbt.title')}</Title>
        <Badge variant="outline" color="grape" data-testid="pbbt-reading">
          {t('taat.reading')}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('taat.pbbt.note')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        {PARTS.map((code) => {
          const g = view?.groups.find((x) => x.code === code);
          return (
            <Paper key={code} bg="gray.0" p="sm" radius="md" data-testid={`pbbt-${code}`}>
              <Text fw={800} fz="xl">
                {g ? format.score(g.score) : '—'}
              </Text>
              <Text size="sm" fw={600}>
                {t(`taat.pbbt.${code}`)}
              </Text>
              <Text size="xs" c="dimmed" data-testid={`pbbt-${code}-source`}>
                {g?.nodes?.length
                  ? t('taat.pbbt.fromNodes', { nodes: sourceOf(g.nodes) })
                  : t('taat.pbbt.noMapping')}
              </Text>
            </Paper>
          );
        })}
        <Paper bg="gray.0" p="sm" radius="md" data-testid="pbbt-taat">
          <Text fw={800} fz="xl" data-testid="pbbt-taat-share">
            {taat?.share == null ? '—' : format.percent(taat.share)}
          </Text>
          <Text size="sm" fw={600}>
            {t('taat.pbbt.taat')}
          </Text>
          <Text size="xs" c="dimmed" data-testid="pbbt-taat-source">
            {taatFailed
              ? t('taat.loadFailed')
              : taat
                ? t('taat.pbbt.taatSource', { date: t('taat.asOf', { date: format.date(taat.asOf) }) })
                : '…'}
          </Text>
          {taatGroup?.nodes?.length ? (
            <Text size="xs" c="dimmed">
              {t('taat.pbbt.taatDimension', {
                nodes: sourceOf(taatGroup.nodes),
                score: format.score(taatGroup.score),
              })}
            </Text>
          ) : null}
          <Button
            size="compact-xs"
            variant="subtle"
            mt={4}
            onClick={onExplain}
            disabled={!taat}
            data-testid="pbbt-taat-explain"
          >
            {t('taat.explain')}
          </Button>
        </Paper>
      </SimpleGrid>
    </Paper>
  );
}
