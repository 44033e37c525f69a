import { Alert, Box, Button, FileButton, Group, List, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardsImportResult } from '../../../../shared/contracts/standards-import';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { ApiError, apiUrl, uploadFile } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { checkFile, downloadUrl, formatBytes, MAX_UPLOAD_BYTES, XLSX_TYPE } from '../../../lib/files';
import { notifyError, notifySuccess } from '../../../lib/notify';

/** "5.Persyaratan" → { row: 5, column: 'Persyaratan' } (the server's field keys for row errors). */
function rowError(key: string, message: string) {
  const dot = key.indexOf('.');
  const row = Number(key.slice(0, dot));
  const column = key.slice(dot + 1);
  return { row: Number.isFinite(row) ? row : 0, column: column === 'file' ? '' : column, message };
}

/**
 * The government's service standards as Patuh's Excel template: download them (set version, else
 * draft; an empty row per service without one), and — for who may edit standards — upload a filled
 * file into the services' drafts. A file with any bad row writes nothing; its errors are listed
 * by row and column.
 */
export function StandardsWorkbook({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const qc = useQueryClient();
  const resetRef = useRef<() => void>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ row: number; column: string; message: string }[]>([]);
  const upload = useMutation({
    mutationFn: (file: File) =>
      uploadFile<StandardsImportResult>(`/governments/${governmentId}/standards/import`, file, setProgress),
  });

  async function pick(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    setErrors([]);
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
    setProgress(0);
    try {
      const r = await upload.mutateAsync(file);
      notifySuccess(
        t('standardsWorkbook.done', { created: r.created, updated: r.updated, unchanged: r.unchanged }),
      );
      void qc.invalidateQueries();
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && Object.keys(err.fields).length) {
        setProblem(err.message);
        setErrors(Object.entries(err.fields).map(([k, m]) => rowError(k, m)));
      } else notifyError(err, t('common.uploadFailed'));
    } finally {
      setProgress(null);
    }
  }

  return (
    <Paper withBorder p="md" radius="md" data-testid="standards-workbook">
      <Title order={4} mb="xs">
        {t('standardsWorkbook.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('standardsWorkbook.hint')}
      </Text>
      <Group gap="xs">
        <Button
          variant="light"
          onClick={() => downloadUrl(apiUrl(`/governments/${governmentId}/standards/export.xlsx`))}
          data-testid="standards-export"
        >
          {t('standardsWorkbook.export')}
        </Button>
        {can('standard.edit') && (
          <FileButton resetRef={resetRef} onChange={(f) => void pick(f)} accept={`${XLSX_TYPE},.xlsx`}>
            {(props) => (
              <Button {...props} loading={upload.isPending} data-testid="standards-import">
                {t('standardsWorkbook.import')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {progress !== null && (
        <Box mt="sm">
          <LabeledProgress
            value={progress}
            label={t('common.uploading')}
            testId="standards-upload-progress"
          />
        </Box>
      )}
      {problem && (
        <Alert color="red" variant="light" mt="sm" data-testid="standards-import-errors">
          <Text size="sm" fw={500}>
            {problem}
          </Text>
          {errors.length > 0 && (
            <List size="sm" mt="xs">
              {errors.map((e) => (
                <List.Item key={`${e.row}.${e.column}`}>
                  {e.row > 0
                    ? t('standardsWorkbook.rowError', { row: e.row, column: e.column, message: e.message })
                    : e.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Paper>
  );
}
