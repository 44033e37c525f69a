import { Anchor, Badge, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useFrameworks } from '../api/frameworks-api';
import { FrameworkBadges } from './framework-badges';

/** Framework versions (named in the user's language): built-in or custom, frozen or editable, and how many cycles use each. */
export function FrameworkList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [archived, setArchived] = useState(false);
  const list = useFrameworks(archived);
  const items = list.data ?? [];
  return (
    <Stack>
      <Switch
        label={t('common.showArchived')}
        checked={archived}
        onChange={(e) => setArchived(e.currentTarget.checked)}
      />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {items.length === 0 ? (
          <Empty title={t('frameworks.empty')} />
        ) : (
          // The table scrolls in its box on a phone, so the page itself never scrolls sideways.
          <Table.ScrollContainer minWidth={560} className="phone-stack">
            <Table data-testid="framework-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('frameworks.name')}</Table.Th>
                  <Table.Th>{t('frameworks.version')}</Table.Th>
                  <Table.Th>{t('frameworks.source')}</Table.Th>
                  <Table.Th ta="right">{t('frameworks.usedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((f) => (
                  <Table.Tr key={f.id} data-testid={`framework-row-${f.id}`}>
                    <Table.Td data-label={t('frameworks.name')}>
                      <Anchor
                        component={Link}
                        to={`/frameworks/${f.id}`}
                        fw={600}
                        data-testid={`framework-name-${f.id}`}
                      >
                        {f.nameLocalized[lang]}
                      </Anchor>
                      <FrameworkBadges f={f} />
                      <Text size="xs" c="dimmed">
                        {f.id}
                        {f.basedOn ? ` · ${t('frameworks.basedOn', { id: f.basedOn })}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td data-label={t('frameworks.version')}>{f.version}</Table.Td>
                    <Table.Td data-label={t('frameworks.source')}>
                      <Group gap={4}>
                        <Badge variant="light" color={f.source === 'builtin' ? 'blue' : 'grape'}>
                          {t(`frameworks.sources.${f.source}`)}
                        </Badge>
                        {f.frozen && (
                          <Badge variant="outline" color="gray" data-testid="framework-frozen">
                            {t('frameworks.frozen')}
                          </Badge>
                        )}
                        {f.archived && <Badge color="gray">{t('common.archivedBadge')}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td data-label={t('frameworks.usedBy')} ta="right">
                      {f.usedByCycles}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
