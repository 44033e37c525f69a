import { Anchor, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArchiveButton } from '../../../components/ui/archive-button';
import { ArchiveConfirmModal } from '../../../components/ui/confirm-modal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { GovernmentDto } from '../../../../shared/contracts/registry';
import { useArchiveGovernment } from '../api/governments-api';
import { GovernmentForm } from './government-form';

interface Props {
  government: GovernmentDto;
  canWrite: boolean;
  canChooseOffice: boolean;
  showBackLink: boolean;
}

/** Title block of the government page: type, region, office, counts; edit and archive. */
export function GovernmentHeader({ government: gov, canWrite, canChooseOffice, showBackLink }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const archive = useArchiveGovernment();

  async function toggleArchive() {
    const restore = Boolean(gov.archivedAt);
    try {
      await archive.mutateAsync({ id: gov.id, restore });
      notifySuccess(
        restore ? t('common.restored', { name: gov.name }) : t('common.archived', { name: gov.name }),
      );
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <Group justify="space-between" align="flex-start" mb="md">
      <Stack gap={4}>
        {showBackLink && (
          <Anchor component={Link} to="/governments" size="sm">
            ← {t('nav.governments')}
          </Anchor>
        )}
        <Title order={1} size="h2" data-testid="gov-title">
          {gov.name}
        </Title>
        <Group gap="xs">
          <Badge variant="light">{t(`governmentType.${gov.type}`)}</Badge>
          {gov.regionCode && (
            <Text size="sm" c="dimmed">
              {t('governments.regionCode')}: {gov.regionCode}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            · {gov.officeName}
          </Text>
          {gov.archivedAt && <Badge color="gray">{t('common.archivedBadge')}</Badge>}
        </Group>
        <Text size="sm" c="dimmed">
          {t('governments.countsLine', {
            units: gov.unitCount,
            products: gov.productCount,
            contacts: gov.contactCount,
          })}
        </Text>
      </Stack>
      {canWrite && (
        <Group gap="xs">
          <Button variant="default" onClick={() => setEditing(true)} data-testid="gov-edit">
            {t('common.edit')}
          </Button>
          <ArchiveButton
            variant="light"
            archived={Boolean(gov.archivedAt)}
            onClick={() => setConfirming(true)}
          />
        </Group>
      )}
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('governments.edit')} size="lg">
        {editing && (
          <GovernmentForm
            government={gov}
            canChooseOffice={canChooseOffice}
            onCancel={() => setEditing(false)}
            onDone={() => setEditing(false)}
          />
        )}
      </Modal>
      <ArchiveConfirmModal
        opened={confirming}
        archived={Boolean(gov.archivedAt)}
        message={
          gov.archivedAt
            ? t('governments.restoreConfirm', { name: gov.name })
            : t('governments.archiveConfirm', { name: gov.name })
        }
        loading={archive.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => void toggleArchive()}
      />
    </Group>
  );
}
