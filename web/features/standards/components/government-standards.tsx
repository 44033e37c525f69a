import { Anchor, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  COMPLETENESS_STATE_LABELS,
  COMPLETENESS_STATES,
  type CompletenessState,
  type GovernmentCompleteness,
} from '../../../../shared/contracts/standards';
import { componentMeta } from '../../../../shared/standards/components';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { folded } from '../../../lib/name-match';
import { useGovernmentStandards } from '../api/standards-api';
import { RollupSummary } from './rollup-summary';
import { StateBadge } from './state-badge';
import { useWord } from './words';

type Unit = GovernmentCompleteness['units'][number];
type Product = Unit['products'][number];

/** One product's line: its state, what is missing, the review date, and the way to the editor. */
function ProductLine({ p }: { p: Product }) {
  const { t } = useTranslation();
  const word = useWord();
  const f = useFormat();
  const c = p.completeness;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="todo-product" data-state={c.state}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Anchor
          component={Link}
          to={`/standards/${p.productId}`}
          fw={600}
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
        >
          {p.productName}
        </Anchor>
        <StateBadge state={c.state} />
      </Group>
      {c.state !== 'belum_ada' && c.missing.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('standards.todo.missing', {
            list: c.missing
              .map((k) => `${componentMeta(k).number}. ${word(componentMeta(k).label)}`)
              .join(', '),
          })}
        </Text>
      )}
      {c.reviewDate && (
        <Text size="xs" c={c.stale ? 'red.9' : 'dimmed'} mt={2}>
          {t('standards.todo.review', { date: f.date(c.reviewDate) })}
        </Text>
      )}
    </Paper>
  );
}

/**
 * The coordinator's to-do (and the office's view) of a government's service standards: units →
 * products with their state and missing components, filterable by state and by a unit's or a
 * service's name (a regency lists ~350 services).
 */
export function GovernmentStandards({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  const word = useWord();
  const f = useFormat();
  const [state, setState] = useState<CompletenessState | null>(null);
  const [query, setQuery] = useState('');
  const needle = folded(useDeferredValue(query).trim());
  const data = useGovernmentStandards(governmentId);
  // A unit whose name matches keeps all its services (of the state); otherwise the services that match.
  const units = (data.data?.units ?? [])
    .map((u) => {
      const unitMatches = needle === '' || folded(u.unitName).includes(needle);
      return {
        ...u,
        products: u.products.filter(
          (p) =>
            (!state || p.completeness.state === state) &&
            (unitMatches || folded(p.productName).includes(needle)),
        ),
      };
    })
    .filter((u) => u.products.length > 0);
  const total = data.data?.total;
  return (
    <QueryState isPending={data.isPending} error={data.error} onRetry={() => void data.refetch()}>
      {data.data && total && (
        <Stack gap="md" data-testid="government-standards">
          <RollupSummary rollup={total} />
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('standards.todo.filter')}
              data={[
                { value: 'all', label: t('standards.todo.all') },
                ...COMPLETENESS_STATES.map((s) => ({
                  value: s,
                  label: `${word(COMPLETENESS_STATE_LABELS[s])} (${f.number(total.byState[s] ?? 0)})`,
                })),
              ]}
              value={state ?? 'all'}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setState(v !== 'all' ? (v as CompletenessState) : null);
              }}
              w={{ base: '100%', sm: 320 }}
              data-testid="todo-filter"
            />
            {total.products > 0 && (
              <TextInput
                type="search"
                label={t('standards.todo.search')}
                placeholder={t('standards.todo.searchHint')}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                w={{ base: '100%', sm: 320 }}
                data-testid="todo-search"
              />
            )}
          </Group>
          {units.length === 0 ? (
            <Empty
              title={
                total.products === 0
                  ? t('standards.todo.noProducts')
                  : needle
                    ? t('standards.todo.noneFound')
                    : t('standards.todo.noneInState')
              }
              hint={total.products === 0 ? t('standards.todo.noProductsHint') : undefined}
            />
          ) : (
            units.map((u) => (
              <Stack key={u.unitId} gap="xs" data-testid="todo-unit">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Title order={2} size="h4">
                    <Anchor component={Link} to={`/units/${u.unitId}`} inherit>
                      {u.unitName}
                    </Anchor>
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('standards.todo.unitPercent', { percent: f.percent(u.rollup.percent) })} ·{' '}
                    {u.maklumatPublished ? t('standards.todo.maklumatYes') : t('standards.todo.maklumatNo')}
                  </Text>
                </Group>
                {u.products.map((p) => (
                  <ProductLine key={p.productId} p={p} />
                ))}
              </Stack>
            ))
          )}
        </Stack>
      )}
    </QueryState>
  );
}
