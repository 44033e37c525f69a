import { Alert, Badge, Button, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BulkAccountRow, BulkAccountsResult } from '../../../../shared/contracts/people';

const COLOR = { created: 'teal', merged: 'blue', skipped: 'gray' } as const;

/** One CSV field, quoted; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function csvField(value: string | null): string {
  const v = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The batch as CSV (UTF-8 with BOM, so Excel reads the names right), built in the browser. */
export function resultCsv(rows: BulkAccountRow[], t: TFunction): string {
  const head = ['name', 'unit', 'email', 'status', 'link'].map((k) => t(`people.csv.${k}`));
  const lines = rows.map((r) =>
    [
      r.contactName,
      r.unitName,
      r.email,
      r.reason
        ? `${t(`people.status.${r.status}`)}: ${t(`people.reason.${r.reason}`)}`
        : t(`people.status.${r.status}`),
      r.setupLink,
    ]
      .map(csvField)
      .join(','),
  );
  return `\uFEFF${[head.map(csvField).join(','), ...lines].join('\r\n')}\r\n`;
}

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'akun-patuh.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** Per-row results of a bulk creation; the links are in this response only. */
export function BulkAccountsResultView({ result, until }: { result: BulkAccountsResult; until: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="bulk-result">
      <Text fw={500}>{t('people.resultSummary', { created: result.created, skipped: result.skipped })}</Text>
      {result.created > 0 && (
        <Alert color="yellow" variant="light">
          {t('people.linksOnce', { until })}
        </Alert>
      )}
      <Group>
        <Button variant="light" onClick={() => download(resultCsv(result.rows, t))} data-testid="bulk-csv">
          {t('people.downloadCsv')}
        </Button>
      </Group>
      {result.rows.map((r) => (
        <Paper key={r.contactId} withBorder p="xs" data-testid="bulk-row">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500}>
                {r.contactName ?? '—'}
              </Text>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[r.unitName, r.email].filter(Boolean).join(' · ')}
              </Text>
              {r.reason && <Text size="xs">{t(`people.reason.${r.reason}`)}</Text>}
            </div>
            <Badge color={COLOR[r.status]} variant="light" style={{ flexShrink: 0 }}>
              {t(`people.status.${r.status}`)}
            </Badge>
          </Group>
          {r.setupLink && (
            <Text
              size="xs"
              ff="monospace"
              mt={4}
              style={{ overflowWrap: 'anywhere' }}
              data-testid="bulk-link"
            >
              {r.setupLink}
            </Text>
          )}
          {r.setupLink && (
            <CopyButton value={r.setupLink}>
              {({ copied, copy }) => (
                <Button
                  mt={6}
                  size="compact-sm"
                  variant="light"
                  color={copied ? 'teal' : undefined}
                  onClick={copy}
                >
                  {copied ? t('people.linkCopied') : t('people.copyLink')}
                </Button>
              )}
            </CopyButton>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
