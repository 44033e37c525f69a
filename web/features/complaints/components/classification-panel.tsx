import { Button, Group, MultiSelect, NativeSelect, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Sector } from '../../../../shared/contracts/enums';
import { keepEnterInMultiSelect } from '../../../lib/form-keys';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useGovernmentSearch, useMaladministrationForms, useSaveClassification } from '../api/complaints-api';
import type { ComplaintDetail } from '../api/types';
import { useWords } from '../lib/labels';

/**
 * Classification: one or more forms of maladministration (the taxonomy is data; a retired form
 * stays on the cases that carry it), sector, substance, and the reported body linked to the registry.
 */
export function ClassificationPanel({ detail, canHandle }: { detail: ComplaintDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const words = useWords();
  const taxonomy = useMaladministrationForms();
  const save = useSaveClassification(detail.id);
  const errors = fieldErrors(save.error);
  const [forms, setForms] = useState<string[]>(detail.forms);
  const [sector, setSector] = useState<Sector | ''>(detail.sector ?? '');
  const [substance, setSubstance] = useState(detail.substance ?? '');
  const [bodyGovernmentId, setBodyGovernmentId] = useState<string | null>(detail.bodyGovernmentId);
  const [search, setSearch] = useState('');
  const found = useGovernmentSearch(search);

  const known = new Map(detail.formLabels.map((f) => [f.code, words(f)]));
  const formOptions = [
    ...(taxonomy.data?.items ?? [])
      .filter((f) => !f.retired || detail.forms.includes(f.code))
      .map((f) => ({ value: f.code, label: words({ id: f.nameId, en: f.nameEn }) })),
  ];
  for (const code of detail.forms)
    if (!formOptions.some((o) => o.value === code))
      formOptions.push({ value: code, label: known.get(code) ?? code });
  const bodyOptions = (found.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }));
  if (bodyGovernmentId && !bodyOptions.some((o) => o.value === bodyGovernmentId))
    bodyOptions.push({ value: bodyGovernmentId, label: detail.bodyName });

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await save.mutateAsync({
        version: detail.version,
        forms,
        sector: sector || null,
        substance: substance.trim() || null,
        bodyGovernmentId,
      });
      notifySuccess(t('complaints.classification.saved'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={keepEnterInMultiSelect} noValidate data-testid="cx-classification">
      <Stack gap="xs">
        <MultiSelect
          label={t('complaints.classification.forms')}
          required
          searchable
          data={formOptions}
          value={forms}
          onChange={setForms}
          disabled={!canHandle}
          error={errors.forms}
          maxValues={12}
          data-testid="cx-class-forms"
        />
        <NativeSelect
          label={t('complaints.classification.sector')}
          value={sector}
          disabled={!canHandle}
          onChange={(e) => setSector(e.currentTarget.value as Sector | '')}
          data={[
            { value: '', label: t('complaints.notGiven') },
            ...SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) })),
          ]}
          error={errors.sector}
          data-testid="cx-class-sector"
        />
        <TextInput
          label={t('complaints.classification.substance')}
          description={t('complaints.classification.substanceHint')}
          value={substance}
          maxLength={200}
          disabled={!canHandle}
          onChange={(e) => setSubstance(e.currentTarget.value)}
          error={errors.substance}
          data-testid="cx-class-substance"
        />
        <Select
          label={t('complaints.classification.body')}
          description={t('complaints.classification.bodyHint', { name: detail.bodyName })}
          searchable
          clearable
          disabled={!canHandle}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          data={bodyOptions}
          value={bodyGovernmentId}
          onChange={setBodyGovernmentId}
          error={errors.bodyGovernmentId}
          data-testid="cx-class-body"
        />
        {canHandle && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="cx-class-save">
              {t('complaints.classification.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
