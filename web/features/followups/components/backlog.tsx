import { Stack } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useAuth } from '../../../lib/auth';
import type { FollowupFilters, FollowupItem } from '../api/followups-api';
import { filtersFromParams, paramsFromFilters } from '../lib/filters';
import { BulkBar } from './bulk-bar';
import { CreateFollowupButton } from './create-form';
import { FollowupDrawer } from './followup-detail';
import { FollowupFilterBar } from './followup-filters';
import { FollowupListView, type Selection } from './followup-list';
import { OverdueSection } from './overdue-section';

/**
 * Tindak lanjut: every follow-up in reach in one list (filters in the address), the coordinator's
 * bulk actions, overdue per government, and the item drawer (`?item=<id>`). `tools` renders beside
 * the filters with the filters in use (the route mounts another feature's export there).
 */
export function Backlog({ tools }: { tools?: (filters: FollowupFilters) => ReactNode }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const itemId = params.get('item');
  const [picked, setPicked] = useState<Map<string, FollowupItem>>(new Map());

  const setFilters = (f: FollowupFilters) => {
    setPicked(new Map());
    setParams(paramsFromFilters(f, params), { replace: true });
  };
  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('item', id);
    else next.delete('item');
    setParams(next);
  };

  const selection: Selection = useMemo(
    () => ({
      enabled: can('followup.assign'),
      ids: new Set(picked.keys()),
      toggle: (item) =>
        setPicked((m) => {
          const n = new Map(m);
          if (n.has(item.id)) n.delete(item.id);
          else n.set(item.id, item);
          return n;
        }),
      toggleAll: (items, on) =>
        setPicked((m) => {
          const n = new Map(m);
          for (const i of items) {
            if (on) n.set(i.id, i);
            else n.delete(i.id);
          }
          return n;
        }),
    }),
    [picked, can],
  );

  return (
    <>
      <PageHeader
        title={t('followups.page.title')}
        subtitle={t('followups.page.subtitle')}
        actions={<CreateFollowupButton onCreated={(id) => open(id)} />}
      />
      <Stack>
        <OverdueSection onPick={(governmentId) => setFilters({ ...filters, governmentId, overdue: true })} />
        <FollowupFilterBar key={filters.q ?? ''} value={filters} onChange={setFilters} />
        {tools?.(filters)}
        {selection.enabled && <BulkBar selected={[...picked.values()]} onDone={() => setPicked(new Map())} />}
        <FollowupListView filters={filters} onFilters={setFilters} onOpen={open} selection={selection} />
      </Stack>
      <FollowupDrawer id={itemId} onClose={() => open(null)} />
    </>
  );
}
