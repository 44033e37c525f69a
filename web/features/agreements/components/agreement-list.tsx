import { Anchor, Badge, Button, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { ArchiveButton } from '../../../components/ui/archive-button';
import { ArchiveConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { formatBytes } from '../../../lib/files';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { AgreementDto } from '../../../../shared/contracts/agreements';
import { documentUrl, useAgreements, useArchiveAgreement } from '../api/agreements-api';
import { AgreementForm } from './agreement-form';
import { DocumentUpload } from './document-upload';

/** MoU/PKS of a government: validity, monitored units, the signed document. */
export function AgreementList({ governmentId, canWrite }: { governmentId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<AgreementDto | 'new' | null>(null);
  const [confirming, setConfirming] = useState<AgreementDto | null>(null);
  const agreements = useAgreements(governmentId, includeArchived);
  const archive = useArchiveAgreement();
  const items = agreements.data?.items ?? [];
  const format = useFormat();

  async function toggleArchive(a: AgreementDto) {
    const restore = Boolean(a.archivedAt);
    try {
      await archive.mutateAsync({ id: a.id, restore });
      notifySuccess(
        restore ? t('common.restored', { name: a.number }) : t('common.archived', { name: a.number }),
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
        />
        {canWrite && (
          <Button onClick={() => setEditing('new')} data-testid="agreement-add">
            {t('agreements.add')}
          </Button>
        )}
      </Group>
      <QueryState
        isPending={agreements.isPending}
        error={agreements.error}
        onRetry={() => void agreements.refetch()}
      >
        {items.length === 0 ? (
          <Empty
            title={t('agreements.empty')}
            hint={canWrite ? t('agreements.emptyHintWrite') : t('agreements.emptyHint')}
          />
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="agreement-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agreements.numberTitle')}</Table.Th>
                  <Table.Th>{t('agreements.signedOn')}</Table.Th>
                  <Table.Th>{t('agreements.validity')}</Table.Th>
                  <Table.Th>{t('agreements.units')}</Table.Th>
                  <Table.Th>{t('agreements.document')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((a) => (
                  <Table.Tr key={a.id} opacity={a.archivedAt ? 0.55 : 1}>
                    <Table.Td>
                      <Group gap={6}>
                        <Badge size="sm" color={a.kind === 'mou' ? 'grape' : 'cyan'}>
                          {t(`agreementKind.${a.kind}`)}
                        </Badge>
                        <Text size="sm" fw={600}>
                          {a.number}
                        </Text>
                        {a.archivedAt && (
                          <Badge size="xs" color="gray">
                            {t('common.archivedBadge')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm">{a.title}</Text>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {a.parties}
                      </Text>
                    </Table.Td>
                    <Table.Td>{format.date(a.signedOn)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{format.dateRange(a.validFrom, a.validUntil)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2} title={a.units.map((u) => u.name).join(', ')}>
                        {a.units.length === 0
                          ? t('agreements.noUnits')
                          : a.units.map((u) => u.name).join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={230}>
                      <Stack gap={4}>
                        {a.document ? (
                          <Anchor
                            href={documentUrl(a.id)}
                            size="sm"
                            target="_blank"
                            rel="noopener"
                            data-testid={`agreement-download-${a.id}`}
                          >
                            {a.document.originalName} ({formatBytes(a.document.size)})
                          </Anchor>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('agreements.noDocument')}
                          </Text>
                        )}
                        {canWrite && !a.archivedAt && (
                          <DocumentUpload agreementId={a.id} hasDocument={Boolean(a.document)} />
                        )}
                      </Stack>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap={2} justify="flex-end" wrap="nowrap">
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(a)}>
                            {t('common.edit')}
                          </Button>
                          <ArchiveButton
                            size="compact-xs"
                            archived={Boolean(a.archivedAt)}
                            onClick={() => setConfirming(a)}
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
        title={editing === 'new' ? t('agreements.add') : t('agreements.edit')}
        size="lg"
      >
        {editing !== null && (
          <AgreementForm
            governmentId={governmentId}
            agreement={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <ArchiveConfirmModal
        opened={confirming !== null}
        archived={Boolean(confirming?.archivedAt)}
        message={t(confirming?.archivedAt ? 'common.restoreConfirm' : 'common.archiveConfirm', {
          name: confirming?.number ?? '',
        })}
        loading={archive.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && void toggleArchive(confirming)}
      />
    </Stack>
  );
}
