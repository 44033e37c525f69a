import { Group, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { folded } from '../../../lib/name-match';

/** Governments shown at once; a national cycle has ~600 (each a row or an accordion item). */
export const GOVERNMENT_PAGE = 50;
/** Above this many, a name filter. */
const FILTER_FROM = 10;

/**
 * A cycle's governments, fifty at a time, filtered by name (any case, any diacritics). `bar` is the
 * filter and its count (shown above ten governments), `more` the "load more" button.
 */
export function useGovernmentFilter<G extends { name: string }>(governments: G[], testId: string) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(GOVERNMENT_PAGE);
  const needle = folded(useDeferredValue(query).trim());
  const matching = needle ? governments.filter((g) => folded(g.name).includes(needle)) : governments;
  const shown = matching.slice(0, limit);
  const bar = (
    <>
      {governments.length > FILTER_FROM && (
        <Group align="flex-end" justify="space-between">
          <TextInput
            type="search"
            label={t('cycles.governmentFilter')}
            placeholder={t('cycles.governmentFilterHint')}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setLimit(GOVERNMENT_PAGE);
            }}
            w={{ base: '100%', sm: 360 }}
            data-testid={`${testId}-filter`}
          />
          <Text size="sm" c="dimmed" aria-live="polite" data-testid={`${testId}-count`}>
            {t('cycles.governmentsShown', { shown: shown.length, total: matching.length })}
          </Text>
        </Group>
      )}
      {matching.length === 0 && <Empty title={t('cycles.noGovernmentMatch')} />}
    </>
  );
  const more = (
    <LoadMore
      hasMore={matching.length > shown.length}
      loading={false}
      onClick={() => setLimit(limit + GOVERNMENT_PAGE)}
    />
  );
  return { shown, matching, bar, more };
}
