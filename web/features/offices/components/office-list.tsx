import { Badge, Button, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveButton } from '../../../components/ui/archive-button';
import { ArchiveConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { OfficeDto } from '../../../../shared/contracts/registry';
import { useArchiveOffice, useOffices } from '../api/offices-api';
import { OfficeForm } from './office-form';

/** Ombudsman offices; the admin manages them, heads and assessors see their own. */
export function OfficeList({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<OfficeDto | 'new' | null>(null);
  const [confirming, setConfirming] = useState<OfficeDto | null>(null);
  const offices = useOffices(includeArchived);
  const archive = useArchiveOffice();
  const items = offices.data?.items ?? [];

  async function toggleArchive(o: OfficeDto) {
    const restore = Boolean(o.archivedAt);
    try {
      await archive.mutateAsync({ id: o.id, restore });
      notifySuccess(
        restore ? t('common.restored', { name: o.name }) : t('common.archived', { name: o.name }),
      );
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirming(null);
    }
  }

  return (
    <Stack>
      {canWrite && (
        <Group justify="space-between">
          <Switch
            label={t('common.showArchived')}
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          />
          <Button onClick={() => setEditing('new')} data-testid="office-add">
            {t('offices.add')}
          </Button>
        </Group>
      )}
      <QueryState isPending={offices.isPending} error={offices.error} onRetry={() => void offices.refetch()}>
        {items.length === 0 ? (
          <Empty
            title={t('offices.empty')}
            hint={canWrite ? t('offices.emptyHintWrite') : t('offices.emptyHint')}
          />
        ) : (
          <Table.ScrollContainer minWidth={760} className="phone-stack">
            <Table verticalSpacing="sm" highlightOnHover data-testid="office-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('offices.name')}</Table.Th>
                  <Table.Th>{t('offices.code')}</Table.Th>
                  <Table.Th>{t('offices.provinces')}</Table.Th>
                  <Table.Th ta="right">{t('offices.governments')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((o) => (
                  <Table.Tr key={o.id} opacity={o.archivedAt ? 0.55 : 1} data-name={o.name}>
                    <Table.Td data-label={t('offices.name')}>
                      {/* A div: the badges inside are divs, which a <p> may not hold. */}
                      <Text component="div" fw={500} size="sm">
                        {o.name}
                        {o.isHeadOffice && (
                          <Badge ml="xs" size="xs" color="grape">
                            {t('offices.headOffice')}
                          </Badge>
                        )}
                        {o.archivedAt && (
                          <Badge ml="xs" size="xs" color="gray">
                            {t('common.archivedBadge')}
                          </Badge>
                        )}
                      </Text>
                      {o.address && (
                        <Text size="xs" c="dimmed">
                          {o.address}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('offices.code')} ff="monospace">
                      {o.code}
                    </Table.Td>
                    <Table.Td data-label={t('offices.provinces')}>
                      <Group gap={4}>
                        {o.provinces.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        ) : (
                          o.provinces.map((p) => (
                            <Badge key={p.code} variant="outline" size="sm">
                              {p.name}
                            </Badge>
                          ))
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td data-label={t('offices.governments')} ta="right">
                      {o.governmentCount}
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap={2} justify="flex-end" wrap="nowrap">
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(o)}>
                            {t('common.edit')}
                          </Button>
                          <ArchiveButton
                            size="compact-xs"
                            archived={Boolean(o.archivedAt)}
                            onClick={() => setConfirming(o)}
                          />
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('offices.add') : t('offices.edit')}
        size="lg"
      >
        {editing !== null && (
          <OfficeForm office={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
      <ArchiveConfirmModal
        opened={confirming !== null}
        archived={Boolean(confirming?.archivedAt)}
        message={t(confirming?.archivedAt ? 'common.restoreConfirm' : 'common.archiveConfirm', {
          name: confirming?.name ?? '',
        })}
        loading={archive.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && void toggleArchive(confirming)}
      />
    </Stack>
  );
}
