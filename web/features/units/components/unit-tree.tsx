import { Anchor, Badge, Box, Button, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArchiveButton } from '../../../components/ui/archive-button';
import { ArchiveConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { UnitDto } from '../../../../shared/contracts/registry';
import { buildTree, useArchiveUnit, useGovernmentUnits } from '../api/units-api';
import { UnitForm } from './unit-form';

type Editing = { unit?: UnitDto; parentId?: string | null } | null;

/** The government's units as an indented tree with type/sector badges and counts. */
export function UnitTree({ governmentId, canWrite }: { governmentId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<UnitDto | null>(null);
  const units = useGovernmentUnits(governmentId, includeArchived);
  const archive = useArchiveUnit();
  const all = units.data?.items ?? [];
  const rows = buildTree(all);

  async function toggleArchive(unit: UnitDto) {
    const restore = Boolean(unit.archivedAt);
    try {
      await archive.mutateAsync({ id: unit.id, restore });
      notifySuccess(
        restore ? t('common.restored', { name: unit.name }) : t('common.archived', { name: unit.name }),
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
        <Switch
          label={t('common.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          data-testid="unit-show-archived"
        />
        {canWrite && (
          <Button onClick={() => setEditing({})} data-testid="unit-add">
            {t('units.add')}
          </Button>
        )}
      </Group>
      <QueryState isPending={units.isPending} error={units.error} onRetry={() => void units.refetch()}>
        {rows.length === 0 ? (
          <Empty
            title={t('units.empty')}
            hint={canWrite ? t('units.emptyHintWrite') : t('units.emptyHint')}
          />
        ) : (
          <Table.ScrollContainer minWidth={720} className="phone-stack">
            <Table highlightOnHover verticalSpacing="xs" data-testid="unit-tree">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('units.name')}</Table.Th>
                  <Table.Th>{t('units.type')}</Table.Th>
                  <Table.Th>{t('units.sector')}</Table.Th>
                  <Table.Th ta="right">{t('units.products')}</Table.Th>
                  <Table.Th ta="right">{t('units.contacts')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ unit, depth }) => (
                  <Table.Tr
                    key={unit.id}
                    data-testid={`unit-row-${unit.id}`}
                    data-name={unit.name}
                    opacity={unit.archivedAt ? 0.55 : 1}
                  >
                    <Table.Td data-label={t('units.name')}>
                      <Box
                        pl={depth * 24}
                        style={{ borderLeft: depth ? '2px solid var(--mantine-color-gray-3)' : undefined }}
                      >
                        <Group gap={6} wrap="nowrap" pl={depth ? 8 : 0}>
                          {depth > 0 && (
                            <Text c="dimmed" size="sm">
                              └
                            </Text>
                          )}
                          <div>
                            <Anchor component={Link} to={`/units/${unit.id}`} fw={depth === 0 ? 600 : 400}>
                              {unit.name}
                            </Anchor>
                            {unit.archivedAt && (
                              <Badge ml="xs" color="gray" size="xs">
                                {t('common.archivedBadge')}
                              </Badge>
                            )}
                            {unit.code && (
                              <Text size="xs" c="dimmed">
                                {unit.code}
                              </Text>
                            )}
                          </div>
                        </Group>
                      </Box>
                    </Table.Td>
                    <Table.Td data-label={t('units.type')} miw={120}>
                      <Badge
                        variant="light"
                        color="indigo"
                        tt="none"
                        styles={{ label: { overflow: 'visible' } }}
                      >
                        {t(`unitType.${unit.type}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td data-label={t('units.sector')} miw={150}>
                      <Badge
                        variant="outline"
                        color="teal"
                        tt="none"
                        styles={{ label: { overflow: 'visible' } }}
                      >
                        {t(`sector.${unit.sector}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td data-label={t('units.products')} ta="right">
                      {unit.productCount}
                    </Table.Td>
                    <Table.Td data-label={t('units.contacts')} ta="right">
                      {unit.contactCount}
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap={2} justify="flex-end" wrap="nowrap">
                          {!unit.archivedAt && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => setEditing({ parentId: unit.id })}
                            >
                              {t('units.addChild')}
                            </Button>
                          )}
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ unit })}>
                            {t('common.edit')}
                          </Button>
                          <ArchiveButton
                            size="compact-xs"
                            archived={Boolean(unit.archivedAt)}
                            onClick={() => setConfirming(unit)}
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
        title={editing?.unit ? t('units.edit') : t('units.add')}
        size="lg"
      >
        {editing !== null && (
          <UnitForm
            governmentId={governmentId}
            units={all}
            unit={editing.unit}
            defaultParentId={editing.parentId}
            onCancel={() => setEditing(null)}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <ArchiveConfirmModal
        opened={confirming !== null}
        archived={Boolean(confirming?.archivedAt)}
        message={
          confirming?.archivedAt
            ? t('units.restoreConfirm', { name: confirming.name })
            : t('units.archiveConfirm', { name: confirming?.name ?? '' })
        }
        loading={archive.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && void toggleArchive(confirming)}
      />
    </Stack>
  );
}
