import { useUnitLineage } from '../api/unit-history-api';
import { Anchor, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArchiveButton } from '../../../components/ui/archive-button';
import { ArchiveConfirmModal } from '../../../components/ui/confirm-modal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { UnitDetailDto } from '../../../../shared/contracts/registry';
import { useArchiveUnit, useGovernmentUnits } from '../api/units-api';
import { UnitForm } from './unit-form';

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
}

/** Header card of the unit page: where it sits, what it is, and edit/archive for those who may. */
export function UnitDetails({ unit, canWrite }: { unit: UnitDetailDto; canWrite: boolean }) {
  const { t } = useTranslation();
  const lineage = useUnitLineage(unit.id);
  const closedByReorganisation =
    Boolean(unit.archivedAt) &&
    (lineage.data?.changes ?? []).some(
      (c) => c.kind !== 'rename' && c.links.some((l) => l.fromUnitId === unit.id),
    );
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const siblings = useGovernmentUnits(unit.governmentId, false);
  const archive = useArchiveUnit();

  async function toggleArchive() {
    const restore = Boolean(unit.archivedAt);
    try {
      await archive.mutateAsync({ id: unit.id, restore });
      notifySuccess(
        restore ? t('common.restored', { name: unit.name }) : t('common.archived', { name: unit.name }),
      );
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" align="flex-start" mb="md">
        <Stack gap={4}>
          <Anchor component={Link} to={`/governments/${unit.governmentId}`} size="sm">
            ← {unit.governmentName}
          </Anchor>
          <Title order={1} size="h2" data-testid="unit-title">
            {unit.name}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="indigo">
              {t(`unitType.${unit.type}`)}
            </Badge>
            <Badge variant="outline" color="teal">
              {t(`sector.${unit.sector}`)}
            </Badge>
            {unit.archivedAt && <Badge color="gray">{t('common.archivedBadge')}</Badge>}
          </Group>
        </Stack>
        {canWrite && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)} data-testid="unit-edit">
              {t('common.edit')}
            </Button>
            {/* A unit closed by a merge or split stays closed (the server refuses a restore with 409). */}
            {!closedByReorganisation && (
              <ArchiveButton
                variant="light"
                archived={Boolean(unit.archivedAt)}
                onClick={() => setConfirming(true)}
              />
            )}
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Field label={t('units.code')} value={unit.code} />
        <Field
          label={t('units.parent')}
          value={
            unit.parentId ? (
              <Anchor component={Link} to={`/units/${unit.parentId}`}>
                {unit.parentName}
              </Anchor>
            ) : null
          }
        />
        <Field label={t('common.address')} value={unit.address} />
        <Field
          label={t('units.counts')}
          value={t('units.countsValue', { products: unit.productCount, contacts: unit.contactCount })}
        />
      </SimpleGrid>

      <Modal opened={editing} onClose={() => setEditing(false)} title={t('units.edit')} size="lg">
        {editing && (
          <UnitForm
            governmentId={unit.governmentId}
            units={siblings.data?.items ?? []}
            unit={unit}
            onCancel={() => setEditing(false)}
            onDone={() => setEditing(false)}
          />
        )}
      </Modal>
      <ArchiveConfirmModal
        opened={confirming}
        archived={Boolean(unit.archivedAt)}
        message={
          unit.archivedAt
            ? t('units.restoreConfirm', { name: unit.name })
            : t('units.archiveConfirm', { name: unit.name })
        }
        loading={archive.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => void toggleArchive()}
      />
    </Paper>
  );
}
