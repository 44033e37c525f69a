import {
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { ArchiveButton } from '../../../components/ui/archive-button';
import { ArchiveConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { ROLES, type Role } from '../../../lib/permissions';
import { useArchiveUser, useUsers, type User } from '../api/users-api';
import { UserForm } from './user-form';

/** Accounts (admin only): search, filter by role, create/edit, archive/restore. */
export function UserList() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [role, setRole] = useState<Role | ''>('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [confirming, setConfirming] = useState<User | null>(null);
  const users = useUsers({ q: debouncedQ, role, includeArchived });
  const archive = useArchiveUser();
  const items = users.data?.pages.flatMap((p) => p.items) ?? [];
  const format = useFormat();
  const when = (at: string | null) => format.dateTime(at);

  async function toggleArchive(u: User) {
    const restore = Boolean(u.archivedAt);
    try {
      await archive.mutateAsync({ id: u.id, restore });
      notifySuccess(
        restore ? t('common.restored', { name: u.name }) : t('common.archived', { name: u.name }),
      );
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirming(null);
    }
  }

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('users.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={280}
          data-testid="user-search"
        />
        <NativeSelect
          label={t('users.role')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as Role | '')}
          data={[
            { value: '', label: t('common.all') },
            ...ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
          ]}
        />
        <Switch
          label={t('common.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          mb={8}
        />
        <Button ml="auto" onClick={() => setEditing('new')} data-testid="user-add">
          {t('users.add')}
        </Button>
      </Group>
      <QueryState isPending={users.isPending} error={users.error} onRetry={() => void users.refetch()}>
        {items.length === 0 ? (
          <Empty
            title={debouncedQ || role ? t('users.noMatch') : t('users.empty')}
            hint={t('users.emptyHint')}
          />
        ) : (
          <Table.ScrollContainer minWidth={860} className="phone-stack">
            <Table verticalSpacing="xs" highlightOnHover data-testid="user-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.name')}</Table.Th>
                  <Table.Th>{t('users.role')}</Table.Th>
                  <Table.Th>{t('users.scope')}</Table.Th>
                  <Table.Th>{t('users.lastLogin')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((u) => (
                  <Table.Tr key={u.id} opacity={u.archivedAt ? 0.55 : 1} data-name={u.email}>
                    <Table.Td data-label={t('users.name')}>
                      <Text size="sm" fw={500}>
                        {u.name}
                        {u.archivedAt && (
                          <Badge ml="xs" size="xs" color="gray">
                            {t('common.archivedBadge')}
                          </Badge>
                        )}
                        {u.lockedUntil && new Date(u.lockedUntil) > new Date() && (
                          <Badge ml="xs" size="xs" color="orange">
                            {t('users.locked')}
                          </Badge>
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {u.email}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={190} data-label={t('users.role')}>
                      <Badge variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                        {t(`role.${u.role}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td data-label={t('users.scope')}>
                      <Text size="sm">{u.officeName ?? u.governmentName ?? t('users.allData')}</Text>
                      {u.units.length > 0 && (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {u.units.map((x) => x.name).join(', ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('users.lastLogin')}>
                      <Text size="sm">{when(u.lastLoginAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} justify="flex-end" wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(u)}>
                          {t('common.edit')}
                        </Button>
                        <ArchiveButton
                          size="compact-xs"
                          archived={Boolean(u.archivedAt)}
                          onClick={() => setConfirming(u)}
                        />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore
          hasMore={Boolean(users.hasNextPage)}
          loading={users.isFetchingNextPage}
          onClick={() => void users.fetchNextPage()}
        />
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('users.add') : t('users.edit')}
        size="lg"
      >
        {editing !== null && (
          <UserForm user={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
      <ArchiveConfirmModal
        opened={confirming !== null}
        archived={Boolean(confirming?.archivedAt)}
        message={t(confirming?.archivedAt ? 'users.restoreConfirm' : 'users.archiveConfirm', {
          name: confirming?.name ?? '',
        })}
        loading={archive.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && void toggleArchive(confirming)}
      />
    </Stack>
  );
}
