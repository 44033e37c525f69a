import { Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJob, PreviewRow } from '../api/imports-api';

function PreviewTable({ rows }: { rows: PreviewRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed" p="sm">
        {t('imports.previewEmpty')}
      </Text>
    );
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder fz="xs" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={i}>
              {columns.map((c) => (
                <Table.Td key={c}>{r[c] ?? ''}</Table.Td>
              ))}
            </Table.Tr>
          ))}
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
        <PreviewTable rows={job.preview.units} />
      </Tabs.Panel>
      <Tabs.Panel value="products" pt="xs">
        <PreviewTable rows={job.preview.products} />
      </Tabs.Panel>
      <Tabs.Panel value="contacts" pt="xs">
        <PreviewTable rows={job.preview.contacts} />
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
                <Table.Td>{e.column}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
