import { contactKeys, governmentKeys, productKeys, unitKeys } from '../../../../shared/contracts/registry';
import { Alert, Badge, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { checkFile, downloadUrl, formatBytes, MAX_UPLOAD_BYTES, XLSX_TYPE } from '../../../lib/files';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { exportUrl, templateUrl, useCommitImport, useImportJob, useUploadImport } from '../api/imports-api';
import { ImportErrors, ImportPreview } from './import-preview';
import { StandardsWorkbook } from './standards-workbook';

const STATUS_COLOR = {
  validating: 'blue',
  invalid: 'red',
  ready: 'teal',
  committing: 'blue',
  done: 'green',
  failed: 'red',
} as const;

/**
 * Excel import in steps: template → upload (progress) → server validation (progress, polled) →
 * preview and row errors → write to the database (only when ready) → summary.
 */
export function ImportWizard({ governmentId, canImport }: { governmentId: string; canImport: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [uploadProgress, setUploadProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);
  const upload = useUploadImport(governmentId);
  const commit = useCommitImport();
  const job = useImportJob(jobId);
  const data = job.data;
  const status = data?.status;

  useEffect(() => {
    if (status === 'done') {
      notifySuccess(t('imports.doneNotice'));
      void Promise.all(
        [unitKeys.all, productKeys.all, contactKeys.all, governmentKeys.all].map((queryKey) =>
          qc.invalidateQueries({ queryKey }),
        ),
      );
    }
  }, [status, qc, t]);

  async function pick(file: File | null) {
    resetRef.current?.(); // the same file may be chosen again after a fix
    if (!file) return;
    const check = checkFile(file, { types: [XLSX_TYPE], extensions: ['.xlsx'] });
    if (check) {
      setProblem(
        check === 'type'
          ? t('imports.fileType')
          : t('imports.fileSize', { max: formatBytes(MAX_UPLOAD_BYTES) }),
      );
      return;
    }
    setProblem(null);
    setJobId(null);
    setUploadProgress(0);
    try {
      const accepted = await upload.mutateAsync({ file, onProgress: setUploadProgress });
      setJobId(accepted.id);
    } catch (err) {
      notifyError(err, t('common.uploadFailed'));
    } finally {
      setUploadProgress(null);
    }
  }

  async function write() {
    if (!jobId) return;
    try {
      await commit.mutateAsync(jobId);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  const serverProgress = data && data.totalRows > 0 ? (data.processedRows / data.totalRows) * 100 : 0;

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          {t('imports.exportTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('imports.exportHint')}
        </Text>
        <Group gap="xs">
          <Button
            variant="light"
            onClick={() => downloadUrl(exportUrl(governmentId, 'xlsx'))}
            data-testid="export-xlsx"
          >
            {t('imports.exportXlsx')}
          </Button>
          {(['units', 'products', 'contacts'] as const).map((list) => (
            <Button
              key={list}
              variant="default"
              onClick={() => downloadUrl(exportUrl(governmentId, 'csv', list))}
              data-testid={`export-csv-${list}`}
            >
              {t(`imports.exportCsv.${list}`)}
            </Button>
          ))}
        </Group>
      </Paper>

      {canImport && (
        <Paper withBorder p="md" radius="md">
          <Title order={4} mb="xs">
            {t('imports.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('imports.hint')}
          </Text>
          <Group gap="xs" mb="md">
            <Button
              variant="default"
              onClick={() => downloadUrl(templateUrl(governmentId))}
              data-testid="import-template"
            >
              {t('imports.downloadTemplate')}
            </Button>
            <FileButton
              resetRef={resetRef}
              onChange={(f) => void pick(f)}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            >
              {(props) => (
                <Button
                  {...props}
                  loading={upload.isPending}
                  disabled={status === 'validating' || status === 'committing'}
                  data-testid="import-upload"
                >
                  {t('imports.upload')}
                </Button>
              )}
            </FileButton>
          </Group>
          {problem && (
            <Alert color="red" mb="sm">
              {problem}
            </Alert>
          )}
          {uploadProgress !== null && (
            <LabeledProgress
              label={t('common.uploading')}
              value={uploadProgress}
              testId="import-upload-progress"
            />
          )}

          {data && (
            <Stack mt="md">
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  {data.fileName}
                </Text>
                <Badge
                  color={STATUS_COLOR[data.status]}
                  data-testid="import-status"
                  data-status={data.status}
                >
                  {t(`imports.status.${data.status}`)}
                </Badge>
              </Group>
              {(data.status === 'validating' || data.status === 'committing') && (
                <LabeledProgress
                  label={t(data.status === 'validating' ? 'imports.validating' : 'imports.committing', {
                    done: data.processedRows,
                    total: data.totalRows,
                  })}
                  value={serverProgress}
                  testId="import-server-progress"
                />
              )}
              {data.status === 'failed' && <Alert color="red">{t('imports.failed')}</Alert>}
              {data.status === 'done' && (
                <Alert color="green" title={t('imports.doneTitle')} data-testid="import-done">
                  {t('imports.summary', data.summary)}
                </Alert>
              )}
              {data.status === 'ready' && (
                <Alert color="teal" title={t('imports.readyTitle')}>
                  <Text size="sm" mb="sm">
                    {t('imports.summaryWill', data.summary)}
                  </Text>
                  <Button onClick={() => void write()} loading={commit.isPending} data-testid="import-commit">
                    {t('imports.commit')}
                  </Button>
                </Alert>
              )}
              {data.status === 'invalid' && <Alert color="red">{t('imports.invalidHint')}</Alert>}
              {data.errors.length > 0 && <ImportErrors job={data} />}
              {data.status !== 'validating' && <ImportPreview job={data} />}
            </Stack>
          )}
        </Paper>
      )}
      <StandardsWorkbook governmentId={governmentId} />
    </Stack>
  );
}
