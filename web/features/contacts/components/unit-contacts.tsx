import { Anchor, Badge, Button, Group, Modal, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveButton } from '../../../components/ui/archive-button';
import { ArchiveConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { ContactListItemDto } from '../../../../shared/contracts/registry';
import { useArchiveContact, useUnitContacts } from '../api/contacts-api';
import { whatsappLink } from '../../../../shared/contracts/notifications';
import { ContactAccountModal } from './contact-account-modal';
import { ContactPasswordResetModal } from './contact-password-reset-modal';
import { ContactForm } from './contact-form';

interface Props {
  unitId: string;
  canWrite: boolean;
  canCreateAccount: boolean;
}

/** The unit's contact persons (PIC), with add/edit/archive and "create account". */
export function UnitContacts({ unitId, canWrite, canCreateAccount }: Props) {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<ContactListItemDto | 'new' | null>(null);
  const [confirming, setConfirming] = useState<ContactListItemDto | null>(null);
  const [accountFor, setAccountFor] = useState<ContactListItemDto | null>(null);
  const [resetFor, setResetFor] = useState<ContactListItemDto | null>(null);
  const contacts = useUnitContacts(unitId, includeArchived);
  const archive = useArchiveContact();
  const items = contacts.data?.items ?? [];

  async function toggleArchive(c: ContactListItemDto) {
    const restore = Boolean(c.archivedAt);
    try {
      await archive.mutateAsync({ id: c.id, restore });
      notifySuccess(
        restore ? t('common.restored', { name: c.name }) : t('common.archived', { name: c.name }),
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
        <Title order={4}>{t('contacts.title')}</Title>
        <Group>
          <Switch
            label={t('common.showArchived')}
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          />
          {canWrite && (
            <Button onClick={() => setEditing('new')} data-testid="contact-add">
              {t('contacts.add')}
            </Button>
          )}
        </Group>
      </Group>
      <QueryState
        isPending={contacts.isPending}
        error={contacts.error}
        onRetry={() => void contacts.refetch()}
      >
        {items.length === 0 ? (
          <Empty
            title={t('contacts.empty')}
            hint={canWrite ? t('contacts.emptyHintWrite') : t('contacts.emptyHint')}
          />
        ) : (
          <Table.ScrollContainer minWidth={640} className="phone-stack">
            <Table verticalSpacing="xs" highlightOnHover data-testid="contact-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contacts.name')}</Table.Th>
                  <Table.Th>{t('contacts.position')}</Table.Th>
                  <Table.Th>{t('contacts.phone')}</Table.Th>
                  <Table.Th>{t('contacts.email')}</Table.Th>
                  {(canWrite || canCreateAccount) && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id} opacity={c.archivedAt ? 0.55 : 1} data-name={c.name}>
                    <Table.Td data-label={t('contacts.name')} fw={500}>
                      {c.name}
                      {c.userId && (
                        <Badge ml="xs" size="xs" color="teal" variant="light">
                          {t('contacts.hasAccount')}
                        </Badge>
                      )}
                      {c.archivedAt && (
                        <Badge ml="xs" size="xs" color="gray">
                          {t('common.archivedBadge')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('contacts.position')}>{c.position ?? '—'}</Table.Td>
                    <Table.Td data-label={t('contacts.phone')}>
                      <Text size="sm">{c.phone ?? '—'}</Text>
                      {(() => {
                        const wa = whatsappLink(
                          c.phone,
                          t('notifications.whatsappText', {
                            name: c.name,
                            unit: c.unitName ?? '',
                            url: window.location.origin,
                          }),
                        );
                        return wa && !c.archivedAt ? (
                          <Anchor
                            href={wa}
                            target="_blank"
                            rel="noopener noreferrer"
                            size="xs"
                            aria-label={t('notifications.whatsappLabel', { name: c.name })}
                            data-testid={`contact-whatsapp-${c.id}`}
                          >
                            {t('notifications.whatsapp')}
                          </Anchor>
                        ) : null;
                      })()}
                    </Table.Td>
                    <Table.Td data-label={t('contacts.email')}>
                      <Text size="sm">{c.email ?? '—'}</Text>
                    </Table.Td>
                    {(canWrite || canCreateAccount) && (
                      <Table.Td>
                        <Group gap={2} justify="flex-end" wrap="nowrap">
                          {canCreateAccount && !c.userId && !c.archivedAt && (
                            <Button
                              size="compact-xs"
                              variant="light"
                              onClick={() => setAccountFor(c)}
                              data-testid={`contact-account-${c.id}`}
                            >
                              {t('contacts.createAccount')}
                            </Button>
                          )}
                          {canCreateAccount && c.userId && !c.archivedAt && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => setResetFor(c)}
                              data-testid={`contact-reset-${c.id}`}
                            >
                              {t('contacts.resetPassword')}
                            </Button>
                          )}
                          {canWrite && (
                            <>
                              <Button size="compact-xs" variant="subtle" onClick={() => setEditing(c)}>
                                {t('common.edit')}
                              </Button>
                              <ArchiveButton
                                size="compact-xs"
                                archived={Boolean(c.archivedAt)}
                                onClick={() => setConfirming(c)}
                              />
                            </>
                          )}
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
        title={editing === 'new' ? t('contacts.add') : t('contacts.edit')}
      >
        {editing !== null && (
          <ContactForm
            unitId={unitId}
            contact={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <ContactAccountModal contact={accountFor} onClose={() => setAccountFor(null)} />
      <ContactPasswordResetModal contact={resetFor} onClose={() => setResetFor(null)} />
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
