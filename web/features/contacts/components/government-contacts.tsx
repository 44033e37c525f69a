import { Anchor, Badge, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { useGovernmentContacts } from '../api/contacts-api';

/** All contact persons (PIC) of a government; they are edited on their unit's page. */
export function GovernmentContacts({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [needle] = useDebouncedValue(q.trim(), 300);
  const contacts = useGovernmentContacts(governmentId, needle);
  const items = contacts.data?.pages.flatMap((pg) => pg.items) ?? [];

  return (
    <Stack>
      <TextInput
        label={t('common.search')}
        placeholder={t('contacts.searchPlaceholder')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        w={280}
      />
      <QueryState
        isPending={contacts.isPending}
        error={contacts.error}
        onRetry={() => void contacts.refetch()}
      >
        {items.length === 0 ? (
          <Empty
            title={needle ? t('contacts.noMatch') : t('contacts.empty')}
            hint={t('contacts.govEmptyHint')}
          />
        ) : (
          <Table.ScrollContainer minWidth={720} className="phone-stack">
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contacts.name')}</Table.Th>
                  <Table.Th>{t('contacts.position')}</Table.Th>
                  <Table.Th>{t('contacts.unit')}</Table.Th>
                  <Table.Th>{t('contacts.phone')}</Table.Th>
                  <Table.Th>{t('contacts.email')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td data-label={t('contacts.name')} fw={500}>
                      {c.name}
                      {c.userId && (
                        <Badge ml="xs" size="xs" color="teal" variant="light">
                          {t('contacts.hasAccount')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('contacts.position')}>{c.position ?? '—'}</Table.Td>
                    <Table.Td data-label={t('contacts.unit')}>
                      <Anchor component={Link} to={`/units/${c.unitId}`} size="sm">
                        {c.unitName ?? '—'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td data-label={t('contacts.phone')}>
                      <Text size="sm">{c.phone ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td data-label={t('contacts.email')}>
                      <Text size="sm">{c.email ?? '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore
          hasMore={Boolean(contacts.hasNextPage)}
          loading={contacts.isFetchingNextPage}
          onClick={() => void contacts.fetchNextPage()}
        />
      </QueryState>
    </Stack>
  );
}
