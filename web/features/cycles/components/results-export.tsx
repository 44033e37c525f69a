import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { downloadUrl } from '../../../lib/files';
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
 * "Unduh Excel" / "Unduh PDF": starts the background export in that format, says the file is being
 * prepared and shows its progress, then downloads it by itself (the link stays as a fallback).
 */
export function ResultsExport({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartResultsExport(cycleId);
  const job = useResultsExport(jobId);
  const data = job.data;
  const running = Boolean(jobId) && (!data || data.status === 'queued' || data.status === 'running');
  const progress = data && data.totalRows > 0 ? (data.processedRows / data.totalRows) * 100 : 0;
  // Each finished export is downloaded once, as soon as it is ready.
  const downloaded = useRef<string | null>(null);
  useEffect(() => {
    if (jobId && data?.id === jobId && data.status === 'done' && downloaded.current !== jobId) {
      downloaded.current = jobId;
      downloadUrl(resultsExportFileUrl(jobId));
    }
  }, [jobId, data]);

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
          <Text size="sm" role="status" data-testid="results-export-preparing">
            {t('resultsExport.preparing')}
          </Text>
        )}
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
          <Text size="sm" role="status">
            {t('resultsExport.started')}{' '}
            <Anchor
              href={resultsExportFileUrl(jobId)}
              download={data.fileName}
              data-testid="results-export-link"
            >
              {t('resultsExport.download', { file: data.fileName })}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
