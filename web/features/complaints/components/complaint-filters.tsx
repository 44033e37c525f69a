import { Button, Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANNEL_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_STAGES,
  STAGE_LABELS,
} from '../../../../shared/complaints/stages';
import { useMaladministrationForms } from '../api/complaints-api';
import { useWords } from '../lib/labels';
import { activeFilterCount, NO_FILTERS, type CaseFilters, type StatusFilter } from '../lib/list-filters';

/**
 * The case list's filters: status, stage, channel, form of maladministration, overdue, "assigned
 * to me", and a search over tracking number, subject and description (applied on Enter or "Cari").
 */
export function ComplaintFilters({
  value,
  onChange,
}: {
  value: CaseFilters;
  onChange: (next: CaseFilters) => void;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const forms = useMaladministrationForms();
  const [q, setQ] = useState(value.q);
  const set = (patch: Partial<CaseFilters>) => onChange({ ...value, ...patch });

  function search(e: FormEvent) {
    e.preventDefault();
    set({ q: q.trim() });
  }

  return (
    <>
      <form onSubmit={search} role="search" aria-label={t('complaints.list.searchLabel')}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1, minWidth: 0 }}
            label={t('complaints.list.search')}
            placeholder={t('complaints.list.searchHint')}
            value={q}
            maxLength={100}
            onChange={(e) => setQ(e.currentTarget.value)}
            data-testid="cx-filter-q"
          />
          <Button type="submit" variant="light" data-testid="cx-filter-search">
            {t('common.search')}
          </Button>
        </Group>
      </form>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <NativeSelect
          label={t('complaints.list.status')}
          value={value.status}
          onChange={(e) => set({ status: e.currentTarget.value as StatusFilter })}
          data={[
            { value: 'open', label: t('complaints.list.statusOpen') },
            { value: 'closed', label: t('complaints.list.statusClosed') },
            { value: 'all', label: t('common.all') },
          ]}
          data-testid="cx-filter-status"
        />
        <NativeSelect
          label={t('complaints.list.stage')}
          value={value.stage}
          onChange={(e) => set({ stage: e.currentTarget.value as CaseFilters['stage'] })}
          data={[
            { value: '', label: t('common.all') },
            ...COMPLAINT_STAGES.map((s) => ({ value: s, label: words(STAGE_LABELS[s]) })),
          ]}
          data-testid="cx-filter-stage"
        />
        <NativeSelect
          label={t('complaints.list.channel')}
          value={value.channel}
          onChange={(e) => set({ channel: e.currentTarget.value as CaseFilters['channel'] })}
          data={[
            { value: '', label: t('common.all') },
            ...COMPLAINT_CHANNELS.map((c) => ({ value: c, label: words(CHANNEL_LABELS[c]) })),
          ]}
          data-testid="cx-filter-channel"
        />
        <NativeSelect
          label={t('complaints.list.form')}
          value={value.form}
          onChange={(e) => set({ form: e.currentTarget.value })}
          data={[
            { value: '', label: t('common.all') },
            ...(forms.data?.items ?? []).map((f) => ({
              value: f.code,
              label: words({ id: f.nameId, en: f.nameEn }),
            })),
          ]}
          data-testid="cx-filter-form"
        />
      </SimpleGrid>
      <Group gap="lg" wrap="wrap">
        <Checkbox
          label={t('complaints.list.mine')}
          checked={value.mine}
          onChange={(e) => set({ mine: e.currentTarget.checked })}
          data-testid="cx-filter-mine"
        />
        <Checkbox
          label={t('complaints.list.overdueOnly')}
          checked={value.overdue}
          onChange={(e) => set({ overdue: e.currentTarget.checked })}
          data-testid="cx-filter-overdue"
        />
        {activeFilterCount(value) > 0 && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              setQ('');
              onChange(NO_FILTERS);
            }}
            data-testid="cx-filter-reset"
          >
            {t('complaints.list.reset')}
          </Button>
        )}
      </Group>
    </>
  );
}
