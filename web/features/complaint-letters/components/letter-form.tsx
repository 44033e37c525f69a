import { Button, Group, NativeSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LETTER_KIND_LABELS,
  LETTER_KINDS,
  type LetterKind,
} from '../../../../shared/contracts/complaints-letters';
import type { GovernmentPage } from '../../../../shared/contracts/registry';
import { apiGet } from '../../../lib/api-client';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useCreateLetter, useUpdateLetter, type Letter } from '../api/letters-api';
import { DateField } from '../../../components/ui/date-field';

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The registry's governments matching what the officer types (for the addressee). */
function useGovernmentOptions(q: string, current: Letter | undefined) {
  const found = useQuery({
    queryKey: ['complaint-letters', 'governments', q],
    queryFn: () => apiGet<GovernmentPage>('/governments', { q: q || undefined, limit: 20 }),
  });
  const options = (found.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }));
  if (current?.addresseeGovernmentId && !options.some((o) => o.value === current.addresseeGovernmentId))
    options.unshift({ value: current.addresseeGovernmentId, label: current.addresseeGovernmentName ?? '' });
  return options;
}

/** Compose a draft, or change one (`letter`): every change asks for the identity check again. */
export function LetterForm({
  complaintId,
  letter,
  onDone,
}: {
  complaintId: string;
  letter?: Letter;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const create = useCreateLetter(complaintId);
  const update = useUpdateLetter(complaintId);
  const save = letter ? update : create;
  const errors = fieldErrors(save.error);
  const [kind, setKind] = useState<LetterKind>(letter?.kind ?? 'klarifikasi');
  const [governmentId, setGovernmentId] = useState<string | null>(letter?.addresseeGovernmentId ?? null);
  const [search, setSearch] = useState('');
  const [v, setV] = useState({
    addresseeName: letter?.addresseeName ?? '',
    subject: letter?.subject ?? '',
    body: letter?.body ?? '',
    signatoryName: letter?.signatoryName ?? '',
    signatoryTitle: letter?.signatoryTitle ?? '',
    letterDate: letter?.letterDate ?? today(),
    dueOn: letter?.dueOn ?? '',
  });
  const governments = useGovernmentOptions(search, letter);
  const set = (k: keyof typeof v) => (e: { currentTarget: { value: string } }) =>
    setV({ ...v, [k]: e.currentTarget.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const fields = { ...v, dueOn: v.dueOn || undefined };
    try {
      if (letter)
        await update.mutateAsync({
          id: letter.id,
          patch: { ...fields, addresseeGovernmentId: governmentId },
        });
      else await create.mutateAsync({ kind, ...fields, addresseeGovernmentId: governmentId ?? undefined });
      notifySuccess(t('letters.saved'));
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {!letter && (
          <NativeSelect
            label={t('letters.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as LetterKind)}
            data={LETTER_KINDS.map((k) => ({ value: k, label: LETTER_KIND_LABELS[k][lang] }))}
            error={errors.kind}
            data-testid="letter-kind"
          />
        )}
        <Select
          label={t('letters.addresseeGovernment')}
          description={t('letters.addresseeGovernmentHint')}
          data={governments}
          value={governmentId}
          onChange={setGovernmentId}
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          nothingFoundMessage={t('common.nothingFound')}
          error={errors.addresseeGovernmentId}
          data-testid="letter-government"
        />
        <TextInput
          label={t('letters.addresseeName')}
          value={v.addresseeName}
          onChange={set('addresseeName')}
          required
          error={errors.addresseeName}
          data-testid="letter-addressee"
        />
        <TextInput
          label={t('letters.subject')}
          value={v.subject}
          onChange={set('subject')}
          required
          error={errors.subject}
          data-testid="letter-subject"
        />
        <Textarea
          label={t('letters.body')}
          description={t('letters.bodyHint')}
          value={v.body}
          onChange={set('body')}
          autosize
          minRows={6}
          required
          error={errors.body}
          data-testid="letter-body"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('letters.signatoryName')}
            value={v.signatoryName}
            onChange={set('signatoryName')}
            required
            error={errors.signatoryName}
            data-testid="letter-signatory-name"
          />
          <TextInput
            label={t('letters.signatoryTitle')}
            value={v.signatoryTitle}
            onChange={set('signatoryTitle')}
            required
            error={errors.signatoryTitle}
            data-testid="letter-signatory-title"
          />
          <DateField
            label={t('letters.letterDate')}
            value={v.letterDate}
            onChange={set('letterDate')}
            required
            error={errors.letterDate}
            data-testid="letter-date"
          />
          <DateField
            label={t('letters.dueOn')}
            description={t('letters.dueOnHint')}
            value={v.dueOn}
            onChange={set('dueOn')}
            error={errors.dueOn}
            data-testid="letter-due"
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="letter-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
