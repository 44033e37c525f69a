import { Badge, Button, Group, Modal, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveButton } from '../../../components/ui/archive-button';
import { ArchiveConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { ProductListItemDto } from '../../../../shared/contracts/registry';
import { useArchiveProduct, useUnitProducts } from '../api/products-api';
import { ProductForm } from './product-form';

/** The service products (layanan) of one unit, with add/edit/archive for those who may. */
export function UnitProducts({ unitId, canWrite }: { unitId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<ProductListItemDto | 'new' | null>(null);
  const [confirming, setConfirming] = useState<ProductListItemDto | null>(null);
  const products = useUnitProducts(unitId, includeArchived);
  const archive = useArchiveProduct();
  const items = products.data?.items ?? [];

  async function toggleArchive(p: ProductListItemDto) {
    const restore = Boolean(p.archivedAt);
    try {
      await archive.mutateAsync({ id: p.id, restore });
      notifySuccess(
        restore ? t('common.restored', { name: p.name }) : t('common.archived', { name: p.name }),
      );
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirming(null);
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>{t('products.title')}</Title>
        <Group>
          <Switch
            label={t('common.showArchived')}
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          />
          {canWrite && (
            <Button onClick={() => setEditing('new')} data-testid="product-add">
              {t('products.add')}
            </Button>
          )}
        </Group>
      </Group>
      <QueryState
        isPending={products.isPending}
        error={products.error}
        onRetry={() => void products.refetch()}
      >
        {items.length === 0 ? (
          <Empty
            title={t('products.empty')}
            hint={canWrite ? t('products.emptyHintWrite') : t('products.emptyHint')}
          />
        ) : (
          <Table.ScrollContainer minWidth={560} className="phone-stack">
            <Table verticalSpacing="xs" highlightOnHover data-testid="product-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('products.name')}</Table.Th>
                  <Table.Th>{t('products.type')}</Table.Th>
                  <Table.Th>{t('products.description')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id} opacity={p.archivedAt ? 0.55 : 1} data-name={p.name}>
                    <Table.Td fw={500} data-label={t('products.name')}>
                      {p.name}
                      {p.archivedAt && (
                        <Badge ml="xs" size="xs" color="gray">
                          {t('common.archivedBadge')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('products.type')}>
                      <Badge variant="light">{t(`productType.${p.type}`)}</Badge>
                    </Table.Td>
                    <Table.Td data-label={t('products.description')}>
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {p.description ?? '—'}
                      </Text>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap={2} justify="flex-end" wrap="nowrap">
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(p)}>
                            {t('common.edit')}
                          </Button>
                          <ArchiveButton
                            size="compact-xs"
                            archived={Boolean(p.archivedAt)}
                            onClick={() => setConfirming(p)}
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
        title={editing === 'new' ? t('products.add') : t('products.edit')}
      >
        {editing !== null && (
          <ProductForm
            unitId={unitId}
            product={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
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
