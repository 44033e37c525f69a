import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FOLLOWUP_KIND_LABELS,
  type FollowupCreate,
  type FollowupKind,
} from '../../../../shared/contracts/followups';
import { GOVERNMENT_MANUAL_KINDS, OFFICE_MANUAL_KINDS } from '../../../../shared/followups/kinds';
import { useAuth } from '../../../lib/auth';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useCreateFollowup, useGovernmentChoices, useUnitChoices } from '../api/followups-api';
import { useWords } from '../lib/labels';
import { DateField } from '../../../components/ui/date-field';

const EMPTY = {
  kind: '',
  governmentId: '',
  unitId: '',
  indicatorCode: '',
  addressee: '',
  action: '',
  evidenceExpected: '',
  dueOn: '',
};

/**
 * An item by hand: office staff issue saran perbaikan / penyempurnaan / rekomendasi; the
 * government's Inspektorat issues its own improvement points. The server's field errors (400)
 * show beside the fields.
 */
export function CreateFollowupButton({ onCreated }: { onCreated?: (id: string) => void }) {
  const { t } = useTranslation();
  const words = useWords();
  const { user, can } = useAuth();
  const [open, setOpen] = useState(false);
  const inspektorat = user?.role === 'internal_verifier';
  const kinds: readonly FollowupKind[] = inspektorat ? GOVERNMENT_MANUAL_KINDS : OFFICE_MANUAL_KINDS;
  const [v, setV] = useState({ ...EMPTY, kind: kinds[0] ?? '' });
  const create = useCreateFollowup();
  const governments = useGovernmentChoices(open && !inspektorat);
  const governmentId = inspektorat ? (user?.governmentId ?? '') : v.governmentId;
  const units = useUnitChoices(open && governmentId ? governmentId : null);
  const errors = fieldErrors(create.error);
  if (!user || !can('followup.issue')) return null;
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      kind: v.kind as FollowupKind,
      governmentId,
      unitId: v.unitId || null,
      indicatorCode: v.indicatorCode || null,
      addressee: v.addressee,
      action: v.action,
      evidenceExpected: v.evidenceExpected || null,
      dueOn: v.dueOn || null,
    } satisfies FollowupCreate;
    try {
      const item = await create.mutateAsync(body);
      notifySuccess(t('followups.create.created'));
      setOpen(false);
      setV({ ...EMPTY, kind: kinds[0] ?? '' });
      create.reset();
      onCreated?.(item.id);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="fu-create">
        {t('followups.create.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('followups.create.title')} size="lg">
        <form onSubmit={submit} noValidate data-testid="fu-create-form">
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <NativeSelect
                label={t('followups.list.kind')}
                value={v.kind}
                onChange={(e) => set({ kind: e.currentTarget.value })}
                data={kinds.map((k) => ({ value: k, label: words(FOLLOWUP_KIND_LABELS[k]) }))}
                error={errors.kind}
                required
                data-testid="fu-create-kind"
              />
              {!inspektorat && (
                <NativeSelect
                  label={t('followups.list.government')}
                  value={v.governmentId}
                  onChange={(e) => set({ governmentId: e.currentTarget.value, unitId: '' })}
                  data={[
                    { value: '', label: t('followups.create.pickGovernment') },
                    ...(governments.data?.items ?? []).map((g) => ({ value: g.id, label: g.name })),
                  ]}
                  error={errors.governmentId}
                  required
                  data-testid="fu-create-government"
                />
              )}
              <NativeSelect
                label={t('followups.list.unit')}
                value={v.unitId}
                disabled={!governmentId}
                onChange={(e) => set({ unitId: e.currentTarget.value })}
                data={[
                  { value: '', label: t('followups.create.wholeGovernment') },
                  ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
                ]}
                error={errors.unitId}
                data-testid="fu-create-unit"
              />
              <TextInput
                label={t('followups.indicator')}
                value={v.indicatorCode}
                maxLength={40}
                onChange={(e) => set({ indicatorCode: e.currentTarget.value })}
                error={errors.indicatorCode}
                data-testid="fu-create-indicator"
              />
            </SimpleGrid>
            <TextInput
              label={t('followups.addressee')}
              description={t('followups.create.addresseeHint')}
              value={v.addressee}
              maxLength={300}
              onChange={(e) => set({ addressee: e.currentTarget.value })}
              error={errors.addressee}
              required
              data-testid="fu-create-addressee"
            />
            <Textarea
              label={t('followups.create.action')}
              value={v.action}
              maxLength={2000}
              autosize
              minRows={3}
              onChange={(e) => set({ action: e.currentTarget.value })}
              error={errors.action}
              required
              data-testid="fu-create-action"
            />
            <Textarea
              label={t('followups.evidenceExpected')}
              value={v.evidenceExpected}
              maxLength={1000}
              autosize
              minRows={2}
              onChange={(e) => set({ evidenceExpected: e.currentTarget.value })}
              error={errors.evidenceExpected}
              data-testid="fu-create-evidence"
            />
            <DateField
              label={t('followups.dueOn')}
              description={t('followups.create.dueHint')}
              value={v.dueOn}
              onChange={(e) => set({ dueOn: e.currentTarget.value })}
              error={errors.dueOn}
              data-testid="fu-create-due"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="fu-create-submit">
                {t('followups.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
