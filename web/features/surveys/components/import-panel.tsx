import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { checkFile, XLSX_TYPE } from '../../../lib/files';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { importTemplateUrl, useImportResponses, type SurveyImportResult } from '../api/surveys-api';

/** Paper forms from the Excel template: all rows or none; row errors listed when refused. */
export function ImportPanel({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<SurveyImportResult['errors']>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const upload = useImportResponses(periodId);

  async function send() {
    if (!file) return;
    const bad = checkFile(file, { types: [XLSX_TYPE], extensions: ['.xlsx'] });
    if (bad) return setProblem(t(`surveys.import.bad.${bad}`));
    setProblem(null);
    setRowErrors([]);
    setRefusal(null);
    try {
      const result = await upload.mutateAsync({ file, onProgress: setProgress });
      if (result.errors.length) setRowErrors(result.errors);
      else notifySuccess(t('surveys.import.done', { n: f.number(result.imported) }));
    } catch (e) {
      // 400: the row errors come as fields keyed `<row>.<column>` (e.g. `12.U3`).
      const fields = e instanceof ApiError && e.status === 400 ? e.fields : {};
      const rows = Object.entries(fields).map(([k, message]) => {
        const m = /^(?:rows?\.)?(\d+)\.?(.*)$/.exec(k);
        return { row: m ? Number(m[1]) : 0, field: m ? (m[2] ?? '') : k, message };
      });
      if (rows.length) {
        setRowErrors(rows.sort((a, b) => a.row - b.row));
        setRefusal((e as ApiError).message);
      } else notifyError(e, t('common.uploadFailed'));
    }
  }

  return (
    <Stack data-testid="survey-import">
      <Text size="sm">{t('surveys.import.hint')}</Text>
      <Anchor href={importTemplateUrl(periodId)} download size="sm" data-testid="import-template">
        {t('surveys.import.template')}
      </Anchor>
      <Group align="flex-end" wrap="wrap">
        <FileInput
          label={t('surveys.import.file')}
          accept=".xlsx"
          value={file}
          onChange={setFile}
          clearable
          clearButtonProps={{ 'aria-label': t('surveys.import.clear') }}
          error={problem}
          w={260}
          data-testid="import-file"
        />
        <Button
          onClick={() => void send()}
          disabled={!file}
          loading={upload.isPending}
          data-testid="import-send"
        >
          {t('surveys.import.send')}
        </Button>
        {upload.isPending && <Text size="sm">{f.percent(progress, 0)}</Text>}
      </Group>
      {rowErrors.length > 0 && (
        <Alert color="red" title={refusal ?? t('surveys.import.refused')} data-testid="import-errors">
          <Table.ScrollContainer minWidth={280}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('surveys.import.row')}</Table.Th>
                  <Table.Th>{t('surveys.import.field')}</Table.Th>
                  <Table.Th>{t('surveys.import.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rowErrors.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.field}</Table.Td>
                    <Table.Td>{r.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Alert>
      )}
    </Stack>
  );
}
