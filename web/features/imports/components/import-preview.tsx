import { Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJob, PreviewRow } from '../api/imports-api';

type SheetKey = keyof ImportJob['preview'];

/** The sheet names the server reports errors under (the template's sheet names). */
const SHEET_NAME: Record<SheetKey, string> = { units: 'Unit', products: 'Layanan', contacts: 'PIC' };

/** The error messages of one sheet by row number, and by row and column. */
function problemsOf(job: ImportJob, sheet: SheetKey) {
  const byRow = new Map<number, string[]>();
  const cells = new Set<string>();
  for (const e of job.errors) {
    if (e.sheet !== SHEET_NAME[sheet] || e.row < 2) continue;
    byRow.set(e.row, [...(byRow.get(e.row) ?? []), e.message]);
    cells.add(`${e.row}:${e.column}`);
  }
  return { byRow, cells };
}

function PreviewTable({ rows, job, sheet }: { rows: PreviewRow[]; job: ImportJob; sheet: SheetKey }) {
  const { t } = useTranslation();
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed" p="sm">
        {t('imports.previewEmpty')}
      </Text>
    );
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const { byRow, cells } = problemsOf(job, sheet);
  // Column keys are the template's headers (kode_unit …): shown by their name, the header as a hint.
  const label = (c: string) => t(`imports.columns.${c}`, { defaultValue: c });
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder fz="xs" verticalSpacing={4} data-testid={`import-preview-${sheet}`}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} title={c === 'row' ? undefined : c}>
                {label(c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => {
            const problems = byRow.get(Number(r.row));
            return (
              <Table.Tr
                key={i}
                bg={problems ? 'var(--mantine-color-red-light)' : undefined}
                title={problems ? t('imports.rowInvalid', { messages: problems.join('; ') }) : undefined}
                data-invalid={problems ? 'true' : undefined}
                data-testid={`import-preview-row-${r.row}`}
              >
                {columns.map((c) => (
                  <Table.Td
                    key={c}
                    fw={cells.has(`${r.row}:${c}`) ? 700 : undefined}
                    c={cells.has(`${r.row}:${c}`) ? 'red.9' : undefined}
                  >
                    {r[c] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The first rows of each sheet as the server read them. */
export function ImportPreview({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="units" data-testid="import-preview">
      <Tabs.List>
        <Tabs.Tab value="units">{t('imports.sheetUnits', { count: job.preview.units.length })}</Tabs.Tab>
        <Tabs.Tab value="products">
          {t('imports.sheetProducts', { count: job.preview.products.length })}
        </Tabs.Tab>
        <Tabs.Tab value="contacts">
          {t('imports.sheetContacts', { count: job.preview.contacts.length })}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="units" pt="xs">
        <PreviewTable rows={job.preview.units} job={job} sheet="units" />
      </Tabs.Panel>
      <Tabs.Panel value="products" pt="xs">
        <PreviewTable rows={job.preview.products} job={job} sheet="products" />
      </Tabs.Panel>
      <Tabs.Panel value="contacts" pt="xs">
        <PreviewTable rows={job.preview.contacts} job={job} sheet="contacts" />
      </Tabs.Panel>
    </Tabs>
  );
}

export function ImportErrors({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" c="red" fw={500}>
        {t('imports.errorCount', { count: job.errorCount })}
      </Text>
      <Table.ScrollContainer minWidth={600} mah={360}>
        <Table striped withTableBorder fz="sm" data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.sheet')}</Table.Th>
              <Table.Th>{t('imports.row')}</Table.Th>
              <Table.Th>{t('imports.column')}</Table.Th>
              <Table.Th>{t('imports.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {job.errors.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Td>{e.sheet}</Table.Td>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>
                  {e.column ? t(`imports.columns.${e.column}`, { defaultValue: e.column }) : ''}
                </Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
