import { Anchor, Badge, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { PRODUCT_TYPES, type ProductType } from '../../../../shared/contracts/enums';
import { useGovernmentProducts } from '../api/products-api';

/** Every service product of a government, searchable; products are edited on their unit's page. */
export function GovernmentProducts({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [type, setType] = useState<ProductType | ''>('');
  const products = useGovernmentProducts(governmentId, debouncedQ);
  const items = (products.data?.pages.flatMap((pg) => pg.items) ?? []).filter(
    (p) => !type || p.type === type,
  );

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('products.searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={280}
        />
        <NativeSelect
          label={t('products.type')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as ProductType | '')}
          data={[
            { value: '', label: t('common.all') },
            ...PRODUCT_TYPES.map((v) => ({ value: v, label: t(`productType.${v}`) })),
          ]}
        />
        <Text size="sm" c="dimmed" mb={8}>
          {t('products.editOnUnit')}
        </Text>
      </Group>
      <QueryState
        isPending={products.isPending}
        error={products.error}
        onRetry={() => void products.refetch()}
      >
        {items.length === 0 ? (
          <Empty
            title={debouncedQ || type ? t('products.noMatch') : t('products.empty')}
            hint={t('products.govEmptyHint')}
          />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('products.name')}</Table.Th>
                  <Table.Th>{t('products.type')}</Table.Th>
                  <Table.Th>{t('products.unit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {p.name}
                      </Text>
                      {p.description && (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {p.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`productType.${p.type}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/units/${p.unitId}`} size="sm">
                        {p.unitName ?? '—'}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore
          hasMore={Boolean(products.hasNextPage)}
          loading={products.isFetchingNextPage}
          onClick={() => void products.fetchNextPage()}
        />
      </QueryState>
    </Stack>
  );
}
