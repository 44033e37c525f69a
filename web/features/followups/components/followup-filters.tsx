import { Button, Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FOLLOWUP_KIND_LABELS,
  FOLLOWUP_KINDS,
  FOLLOWUP_STATUS_LABELS,
  FOLLOWUP_STATUSES,
} from '../../../../shared/contracts/followups';
import { useAuth } from '../../../lib/auth';
import { useGovernmentChoices, useUnitChoices, type FollowupFilters } from '../api/followups-api';
import { useWords } from '../lib/labels';

/**
 * The backlog's filters: kind, the Ombudsman's products or the government's own, status, overdue,
 * government (office staff), unit, "mine", "waiting on me", due range, and a search over the
 * action and addressee (applied on Enter or "Cari").
 */
export function FollowupFilterBar({
  value,
  onChange,
}: {
  value: FollowupFilters;
  onChange: (next: FollowupFilters) => void;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const { user, can } = useAuth();
  const office = can('complaint.read');
  const governments = useGovernmentChoices(office);
  const governmentId = office ? (value.governmentId ?? null) : (user?.governmentId ?? null);
  const units = useUnitChoices(governmentId);
  const [q, setQ] = useState(value.q ?? '');
  const set = (patch: Partial<FollowupFilters>) => onChange({ ...value, ...patch });

  function search(e: FormEvent) {
    e.preventDefault();
    set({ q: q.trim() || undefined });
  }
  const all = { value: '', label: t('common.all') };

  return (
    <>
      <form onSubmit={search} role="search" aria-label={t('followups.list.searchLabel')}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1, minWidth: 0 }}
            label={t('followups.list.search')}
            placeholder={t('followups.list.searchHint')}
            value={q}
            maxLength={100}
            onChange={(e) => setQ(e.currentTarget.value)}
            data-testid="fu-filter-q"
          />
          <Button type="submit" variant="light" data-testid="fu-filter-search">
            {t('common.search')}
          </Button>
        </Group>
      </form>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <NativeSelect
          label={t('followups.list.group')}
          value={value.group ?? ''}
          onChange={(e) => set({ group: (e.currentTarget.value || undefined) as FollowupFilters['group'] })}
          data={[
            all,
            { value: 'taat', label: t('followups.list.groupTaat') },
            { value: 'own', label: t('followups.list.groupOwn') },
          ]}
          data-testid="fu-filter-group"
        />
        <NativeSelect
          label={t('followups.list.kind')}
          value={value.kind ?? ''}
          onChange={(e) => set({ kind: (e.currentTarget.value || undefined) as FollowupFilters['kind'] })}
          data={[all, ...FOLLOWUP_KINDS.map((k) => ({ value: k, label: words(FOLLOWUP_KIND_LABELS[k]) }))]}
          data-testid="fu-filter-kind"
        />
        <NativeSelect
          label={t('followups.list.status')}
          value={value.status ?? ''}
          onChange={(e) => set({ status: (e.currentTarget.value || undefined) as FollowupFilters['status'] })}
          data={[
            all,
            ...FOLLOWUP_STATUSES.map((s) => ({ value: s, label: words(FOLLOWUP_STATUS_LABELS[s]) })),
          ]}
          data-testid="fu-filter-status"
        />
        {office && (
          <NativeSelect
            label={t('followups.list.government')}
            value={value.governmentId ?? ''}
            onChange={(e) => set({ governmentId: e.currentTarget.value || undefined, unitId: undefined })}
            data={[all, ...(governments.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))]}
            data-testid="fu-filter-government"
          />
        )}
        <NativeSelect
          label={t('followups.list.unit')}
          value={value.unitId ?? ''}
          disabled={!governmentId}
          onChange={(e) => set({ unitId: e.currentTarget.value || undefined })}
          data={[all, ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))]}
          data-testid="fu-filter-unit"
        />
        <NativeSelect
          label={t('followups.list.sort')}
          value={value.sort ?? 'due'}
          onChange={(e) =>
            set({
              sort:
                e.currentTarget.value === 'due'
                  ? undefined
                  : (e.currentTarget.value as FollowupFilters['sort']),
            })
          }
          data={(['due', 'created', 'government'] as const).map((v) => ({
            value: v,
            label: t(`followups.list.sortBy.${v}`),
          }))}
          data-testid="fu-filter-sort"
        />
        <TextInput
          type="date"
          label={t('followups.list.dueFrom')}
          value={value.dueFrom ?? ''}
          onChange={(e) => set({ dueFrom: e.currentTarget.value || undefined })}
          data-testid="fu-filter-due-from"
        />
        <TextInput
          type="date"
          label={t('followups.list.dueTo')}
          value={value.dueTo ?? ''}
          onChange={(e) => set({ dueTo: e.currentTarget.value || undefined })}
          data-testid="fu-filter-due-to"
        />
      </SimpleGrid>
      <Group gap="md" wrap="wrap">
        <Checkbox
          label={t('followups.list.overdueOnly')}
          checked={value.overdue === true}
          onChange={(e) => set({ overdue: e.currentTarget.checked || undefined })}
          data-testid="fu-filter-overdue"
        />
        <Checkbox
          label={t('followups.list.todo')}
          checked={value.todo === true}
          onChange={(e) => set({ todo: e.currentTarget.checked || undefined })}
          data-testid="fu-filter-todo"
        />
        {!office && (
          <Checkbox
            label={t('followups.list.mine')}
            checked={value.owner === 'me'}
            onChange={(e) => set({ owner: e.currentTarget.checked ? 'me' : undefined })}
            data-testid="fu-filter-mine"
          />
        )}
      </Group>
    </>
  );
}
