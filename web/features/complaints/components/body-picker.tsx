import { Group, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS, BODY_KIND_LABELS, type BodyKind } from '../../../../shared/complaints/stages';
import { useGovernmentSearch } from '../api/complaints-api';
import { useWords } from '../lib/labels';
import { bodyKindOf, type BodyDraft } from '../lib/report-draft';

/**
 * The reported body: picked from the registry (search by name) where it is there, else typed by
 * name with its kind (a ministry's vertical office, BPN, a Polres, a state school, a BUMN/BUMD…).
 */
export function BodyPicker({
  value,
  onChange,
  errors,
}: {
  value: BodyDraft;
  onChange: (b: BodyDraft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const [search, setSearch] = useState('');
  const found = useGovernmentSearch(search);
  const options = found.data?.items ?? [];

  return (
    <Stack gap="xs">
      <Select
        label={t('complaints.new.bodyRegistry')}
        description={t('complaints.new.bodyRegistryHint')}
        placeholder={t('complaints.new.bodySearch')}
        searchable
        clearable
        searchValue={search}
        onSearchChange={setSearch}
        value={value.governmentId}
        data={[
          ...options.map((g) => ({ value: g.id, label: g.name })),
          // keep the chosen one selectable when the search moved on
          ...(value.governmentId && !options.some((g) => g.id === value.governmentId)
            ? [{ value: value.governmentId, label: value.name }]
            : []),
        ]}
        filter={({ options: o }) => o}
        nothingFoundMessage={search.trim().length >= 2 ? t('common.nothingFound') : undefined}
        onChange={(id) => {
          const g = options.find((o) => o.id === id);
          if (!id || !g) {
            onChange({ ...value, governmentId: null, regionCode: null });
            return;
          }
          onChange({ kind: bodyKindOf(g.type), name: g.name, governmentId: g.id, regionCode: g.regionCode });
        }}
        error={errors['body.governmentId']}
        data-testid="cx-body-registry"
      />
      <Group grow align="flex-start" wrap="wrap" gap="xs">
        <NativeSelect
          label={t('complaints.new.bodyKind')}
          required
          value={value.kind}
          disabled={value.governmentId !== null}
          onChange={(e) => onChange({ ...value, kind: e.currentTarget.value as BodyKind })}
          data={BODY_KINDS.map((k) => ({ value: k, label: words(BODY_KIND_LABELS[k]) }))}
          error={errors['body.kind']}
          style={{ minWidth: 200 }}
          data-testid="cx-body-kind"
        />
        <TextInput
          label={t('complaints.new.bodyName')}
          required
          value={value.name}
          readOnly={value.governmentId !== null}
          onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
          error={errors['body.name']}
          style={{ minWidth: 200 }}
          data-testid="cx-body-name"
        />
      </Group>
      {value.governmentId && (
        <Text size="xs" c="gray.7">
          {t('complaints.new.bodyLinked')}
        </Text>
      )}
    </Stack>
  );
}
