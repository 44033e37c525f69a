import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { notifyError } from '../../../lib/notify';
import {
  resultsExportFileUrl,
  useResultsExport,
  useStartResultsExport,
  type ResultsExportFormat,
} from '../api/results-export-api';

const FORMATS = [
  { format: 'xlsx', label: 'resultsExport.startXlsx' },
  { format: 'pdf', label: 'resultsExport.startPdf' },
] as const;

/**
 * "Unduh Excel" / "Unduh PDF": starts the background export in that format, shows its progress,
 * then the download link.
 */
export function ResultsExport({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartResultsExport(cycleId);
  const job = useResultsExport(jobId);
  const data = job.data;
  const running = Boolean(jobId) && (!data || data.status === 'queued' || data.status === 'running');
  const progress = data && data.totalRows > 0 ? (data.processedRows / data.totalRows) * 100 : 0;

  async function onStart(format: ResultsExportFormat) {
    try {
      const accepted = await start.mutateAsync(format);
      setJobId(accepted.id);
    } catch (err) {
      notifyError(err, t('resultsExport.failed'));
    }
  }

  return (
    <Paper withBorder p="md" data-testid="results-export">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('resultsExport.hintFormats')}
          </Text>
          <Group gap="xs">
            {FORMATS.map(({ format, label }) => (
              <Button
                key={format}
                variant="light"
                onClick={() => void onStart(format)}
                loading={start.isPending && start.variables === format}
                disabled={running || (start.isPending && start.variables !== format)}
                data-testid={`results-export-${format}`}
              >
                {t(label)}
              </Button>
            ))}
          </Group>
        </Group>
        {running && (
          <LabeledProgress
            label={t('resultsExport.progress', {
              done: data?.processedRows ?? 0,
              total: data?.totalRows ?? 0,
            })}
            value={progress}
            testId="results-export-progress"
          />
        )}
        {data?.status === 'failed' && <Alert color="red">{t('resultsExport.failed')}</Alert>}
        {data?.status === 'done' && jobId && (
          <Anchor
            href={resultsExportFileUrl(jobId)}
            download={data.fileName}
            data-testid="results-export-link"
          >
            {t('resultsExport.download', { file: data.fileName })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
