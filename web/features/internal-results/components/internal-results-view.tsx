import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { downloadUrl } from '../../../lib/files';
import {
  reportFileUrl,
  useInternalComparison,
  type GapSort,
  type InternalRanking,
} from '../api/internal-results-api';
import { ComparisonTable } from './comparison-table';
import { GapMap } from './gap-map';
import { RankingTable } from './ranking-table';

/** The "Penilaian mandiri" label every internal result carries (issue 12 point 5). */
export function InternalLabel() {
  const { t } = useTranslation();
  return (
    <Badge color="grape.8" variant="filled" data-testid="internal-label">
      {t('internalResults.label')}
    </Badge>
  );
}

/**
 * An internal cycle's results inside the government: the report downloads, the unit ranking, the
 * pemetaan kekurangan and the comparison with the Ombudsman's last published result.
 */
export function InternalResultsView({ ranking }: { ranking: InternalRanking }) {
  const { t } = useTranslation();
  const cycleId = ranking.cycle.id;
  const [sort, setSort] = useState<GapSort>('failing');
  const comparison = useInternalComparison(cycleId);
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <InternalLabel />
          <Text size="sm" c="dimmed">
            {t('internalResults.notOfficial')}
          </Text>
          {!ranking.cycle.closed && (
            <Badge variant="outline" color="gray.7" data-testid="internal-provisional">
              {t('internalResults.provisional')}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => downloadUrl(reportFileUrl(cycleId, 'pdf'))}
            data-testid="internal-report-pdf"
          >
            {t('internalResults.downloadPdf')}
          </Button>
          <Button
            variant="default"
            onClick={() => downloadUrl(reportFileUrl(cycleId, 'xlsx'))}
            data-testid="internal-report-xlsx"
          >
            {t('internalResults.downloadExcel')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('internalResults.ranking')}
        </Title>
        <RankingTable ranking={ranking} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('internalResults.gaps')}
        </Title>
        <GapMap cycleId={cycleId} sort={sort} onSort={setSort} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('internalResults.comparison')}
        </Title>
        <QueryState
          isPending={comparison.isPending}
          error={comparison.error}
          onRetry={() => void comparison.refetch()}
        >
          {comparison.data && <ComparisonTable comparison={comparison.data} />}
        </QueryState>
      </Paper>
    </Stack>
  );
}
