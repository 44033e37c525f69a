import {
  Anchor,
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
import { Link, useNavigate } from 'react-router';
import { ArchiveButton } from '../../../components/ui/archive-button';
import { ArchiveConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { GOVERNMENT_TYPES, type GovernmentType } from '../../../../shared/contracts/enums';
import type { GovernmentDto } from '../../../../shared/contracts/registry';
import { useArchiveGovernment, useGovernmentList } from '../api/governments-api';
import { GovernmentForm } from './government-form';

interface Props {
  canWrite: boolean;
  canChooseOffice: boolean;
}

/** Searchable, filterable government list with keyset "load more", create/edit and archive. */
export function GovernmentList({ canWrite, canChooseOffice }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [type, setType] = useState<GovernmentType | ''>('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<GovernmentDto | 'new' | null>(null);
  const [confirming, setConfirming] = useState<GovernmentDto | null>(null);
  const list = useGovernmentList({ q: debouncedQ, type, includeArchived });
  const archive = useArchiveGovernment();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  async function toggleArchive(gov: GovernmentDto) {
    const restore = Boolean(gov.archivedAt);
    try {
      await archive.mutateAsync({ id: gov.id, restore });
      notifySuccess(
        restore ? t('common.restored', { name: gov.name }) : t('common.archived', { name: gov.name }),
      );
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirming(null);
    }
  }

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('governments.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={280}
          data-testid="gov-search"
        />
        <NativeSelect
          label={t('governments.type')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as GovernmentType | '')}
          data={[
            { value: '', label: t('common.all') },
            ...GOVERNMENT_TYPES.map((v) => ({ value: v, label: t(`governmentType.${v}`) })),
          ]}
          data-testid="gov-type-filter"
        />
        <Switch
          label={t('common.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          mb={8}
          data-testid="gov-show-archived"
        />
        {canWrite && (
          <Button ml="auto" onClick={() => setEditing('new')} data-testid="gov-add">
            {t('governments.add')}
          </Button>
        )}
      </Group>

      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {items.length === 0 ? (
          <Empty
            title={debouncedQ || type ? t('governments.noMatch') : t('governments.empty')}
            hint={
              debouncedQ || type
                ? t('governments.noMatchHint')
                : canWrite
                  ? t('governments.emptyHintWrite')
                  : t('governments.emptyHint')
            }
          />
        ) : (
          <Table.ScrollContainer minWidth={760} className="phone-stack">
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('governments.name')}</Table.Th>
                  <Table.Th>{t('governments.type')}</Table.Th>
                  <Table.Th>{t('governments.office')}</Table.Th>
                  <Table.Th ta="right">{t('governments.units')}</Table.Th>
                  <Table.Th ta="right">{t('governments.products')}</Table.Th>
                  <Table.Th ta="right">{t('governments.contacts')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((gov) => (
                  <Table.Tr
                    key={gov.id}
                    data-testid={`gov-row-${gov.id}`}
                    data-name={gov.name}
                    opacity={gov.archivedAt ? 0.6 : 1}
                  >
                    <Table.Td data-label={t('governments.name')}>
                      <Anchor component={Link} to={`/governments/${gov.id}`} fw={500}>
                        {gov.name}
                      </Anchor>
                      {gov.archivedAt && (
                        <Badge ml="xs" color="gray" size="sm">
                          {t('common.archivedBadge')}
                        </Badge>
                      )}
                      {gov.regionCode && (
                        <Text size="xs" c="dimmed">
                          {gov.regionCode} · {gov.regionName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('governments.type')} miw={170}>
                      <Badge variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                        {t(`governmentType.${gov.type}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td data-label={t('governments.office')}>
                      <Text size="sm">{gov.officeName}</Text>
                    </Table.Td>
                    <Table.Td data-label={t('governments.units')} ta="right">
                      {gov.unitCount}
                    </Table.Td>
                    <Table.Td data-label={t('governments.products')} ta="right">
                      {gov.productCount}
                    </Table.Td>
                    <Table.Td data-label={t('governments.contacts')} ta="right">
                      {gov.contactCount}
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button size="xs" variant="subtle" onClick={() => setEditing(gov)}>
                            {t('common.edit')}
                          </Button>
                          <ArchiveButton
                            size="xs"
                            archived={Boolean(gov.archivedAt)}
                            onClick={() => setConfirming(gov)}
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
        <LoadMore
          hasMore={Boolean(list.hasNextPage)}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        />
      </QueryState>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('governments.add') : t('governments.edit')}
        size="lg"
      >
        {editing !== null && (
          <GovernmentForm
            government={editing === 'new' ? undefined : editing}
            canChooseOffice={canChooseOffice}
            onCancel={() => setEditing(null)}
            onDone={(gov) => {
              const created = editing === 'new';
              setEditing(null);
              if (created) void navigate(`/governments/${gov.id}`);
            }}
          />
        )}
      </Modal>
      <ArchiveConfirmModal
        opened={confirming !== null}
        archived={Boolean(confirming?.archivedAt)}
        message={
          confirming?.archivedAt
            ? t('governments.restoreConfirm', { name: confirming.name })
            : t('governments.archiveConfirm', { name: confirming?.name ?? '' })
        }
        loading={archive.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && void toggleArchive(confirming)}
      />
    </Stack>
  );
}
