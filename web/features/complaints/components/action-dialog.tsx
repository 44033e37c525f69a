import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSURE_LABELS } from '../../../../shared/complaints/stages';
import { TRANSITIONS, type ComplaintAction } from '../../../../shared/complaints/machine';
import { complaintKeys } from '../../../../shared/contracts/complaints';
import { todayIn } from '../../../../shared/format/format';
import { ApiError } from '../../../lib/api-client';
import { browserZone } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useTransition } from '../api/complaints-api';
import type { ComplaintDetail } from '../api/types';
import {
  CHECKS,
  emptyForm,
  MATERIAL_REJECT_REASONS,
  partsOf,
  RECOMMENDATION_CLOSE_REASONS,
  toTransitionBody,
  validate,
  type ActionForm,
} from '../lib/action-form';
import { useWords } from '../lib/labels';
import { LhpFields } from './lhp-fields';
import { DateField } from '../../../components/ui/date-field';

type Case = Pick<ComplaintDetail, 'id' | 'version' | 'officeId' | 'transferTargets'>;

/**
 * One action of the state machine: the fields it needs, checked before sending; the case's
 * `version` goes along, and a 409 (another officer changed the case) offers to reload.
 */
export function ActionDialog({
  detail,
  action,
  onClose,
}: {
  detail: Case;
  action: ComplaintAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const qc = useQueryClient();
  const today = todayIn(browserZone());
  const [f, setF] = useState<ActionForm>(() => emptyForm(today));
  const [checked, setChecked] = useState<Record<string, string>>({});
  const transition = useTransition(detail.id);
  const parts = partsOf(action);
  const err = transition.error;
  const conflict = err instanceof ApiError && err.status === 409;
  const serverFields = err instanceof ApiError && err.status === 400 ? err.fields : {};
  const errors: Record<string, string> = {
    ...Object.fromEntries(Object.entries(checked).map(([k, v]) => [k, t(v)])),
    ...serverFields,
  };
  const set = (patch: Partial<ActionForm>) => setF((prev) => ({ ...prev, ...patch }));
  const label = words(TRANSITIONS[action].label);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems = validate(action, f, today);
    setChecked(problems);
    if (Object.keys(problems).length) return;
    try {
      await transition.mutateAsync(toTransitionBody(action, detail.version, f));
      notifySuccess(t('complaints.actions.done', { action: label }));
      onClose();
    } catch {
      // shown in the dialog below
    }
  }

  async function reload() {
    await qc.invalidateQueries({ queryKey: complaintKeys.detail(detail.id) });
    onClose();
  }

  const targets = detail.transferTargets;
  return (
    <Modal opened onClose={onClose} title={label} size="lg" data-testid="cx-action-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {conflict && (
            <Alert color="red" title={t('complaints.actions.staleTitle')} data-testid="cx-action-stale">
              <Text size="sm">{err.message}</Text>
              <Button
                mt="xs"
                size="xs"
                variant="light"
                onClick={() => void reload()}
                data-testid="cx-action-reload"
              >
                {t('complaints.actions.reload')}
              </Button>
            </Alert>
          )}
          {err instanceof ApiError && !conflict && Object.keys(err.fields).length === 0 && (
            <Alert color="red" data-testid="cx-action-error">
              {err.message}
            </Alert>
          )}
          {err && !(err instanceof ApiError) && <Alert color="red">{t('common.networkError')}</Alert>}
          {parts.includes('check') && (
            <Stack gap={6} role="group" aria-label={t('complaints.check.title')}>
              <Text size="sm" fw={600}>
                {t('complaints.check.title')}
              </Text>
              {CHECKS.map((k) => (
                <Checkbox
                  key={k}
                  label={t(`complaints.check.${k}`)}
                  checked={f.check[k]}
                  onChange={(e) => set({ check: { ...f.check, [k]: e.currentTarget.checked } })}
                  error={errors[`materialCheck.${k}`]}
                  data-testid={`cx-check-${k}`}
                />
              ))}
            </Stack>
          )}
          {parts.includes('rejectReason') && (
            <NativeSelect
              label={t('complaints.actions.rejectReason')}
              required
              value={f.rejectReason}
              onChange={(e) => set({ rejectReason: e.currentTarget.value as ActionForm['rejectReason'] })}
              data={[
                { value: '', label: t('complaints.form.choose') },
                ...MATERIAL_REJECT_REASONS.map((r) => ({ value: r, label: words(CLOSURE_LABELS[r]) })),
              ]}
              error={errors.rejectReason}
              data-testid="cx-reject-reason"
            />
          )}
          {parts.includes('plenary') && (
            <DateField
              label={t('complaints.actions.plenaryDate')}
              required
              max={today}
              value={f.plenaryDate}
              onChange={(e) => set({ plenaryDate: e.currentTarget.value })}
              error={errors.plenaryDate}
              data-testid="cx-plenary-date"
            />
          )}
          {parts.includes('target') && (
            <NativeSelect
              label={t('complaints.actions.targetOffice')}
              description={targets.length === 0 ? t('complaints.actions.noTargets') : undefined}
              required
              value={f.targetOfficeId}
              onChange={(e) => set({ targetOfficeId: e.currentTarget.value })}
              data={[
                { value: '', label: t('complaints.form.choose') },
                ...targets.map((o) => ({ value: o.id, label: o.name })),
              ]}
              error={errors.targetOfficeId}
              data-testid="cx-target-office"
            />
          )}
          {parts.includes('lhp') && (
            <LhpFields value={f.lhp} onChange={(lhp) => set({ lhp })} errors={errors} />
          )}
          {parts.includes('recommendation') && (
            <Stack gap="xs">
              <TextInput
                label={t('complaints.recommendation.number')}
                value={f.recommendation.number}
                onChange={(e) =>
                  set({ recommendation: { ...f.recommendation, number: e.currentTarget.value } })
                }
                error={errors['recommendation.number']}
              />
              <DateField
                label={t('complaints.recommendation.issuedOn')}
                max={today}
                value={f.recommendation.issuedOn}
                onChange={(e) =>
                  set({ recommendation: { ...f.recommendation, issuedOn: e.currentTarget.value } })
                }
                error={errors['recommendation.issuedOn']}
              />
              <DateField
                label={t('complaints.recommendation.receivedOn')}
                max={today}
                value={f.recommendation.receivedOn}
                onChange={(e) =>
                  set({ recommendation: { ...f.recommendation, receivedOn: e.currentTarget.value } })
                }
                error={errors['recommendation.receivedOn']}
              />
            </Stack>
          )}
          {parts.includes('closeReason') && (
            <NativeSelect
              label={t('complaints.actions.closeReason')}
              required
              value={f.closeReason}
              onChange={(e) => set({ closeReason: e.currentTarget.value as ActionForm['closeReason'] })}
              data={[
                { value: '', label: t('complaints.form.choose') },
                ...RECOMMENDATION_CLOSE_REASONS.map((r) => ({ value: r, label: words(CLOSURE_LABELS[r]) })),
              ]}
              error={errors.closeReason}
              data-testid="cx-close-reason"
            />
          )}
          <Textarea
            label={t('complaints.actions.note')}
            autosize
            minRows={2}
            maxLength={4_000}
            value={f.note}
            onChange={(e) => set({ note: e.currentTarget.value })}
            error={errors.note}
            data-testid="cx-action-note"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={transition.isPending} data-testid="cx-action-submit">
              {label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The buttons of the actions the server offers on this case (detail.actions). */
export function ActionBar({ detail }: { detail: Case & Pick<ComplaintDetail, 'actions'> }) {
  const words = useWords();
  const [open, setOpen] = useState<ComplaintAction | null>(null);
  if (detail.actions.length === 0) return null;
  return (
    <>
      <Group gap="xs" wrap="wrap" data-testid="cx-actions">
        {detail.actions.map((a) => (
          <Button
            key={a}
            size="sm"
            variant={TRANSITIONS[a].closes ? 'default' : 'filled'}
            onClick={() => setOpen(a)}
            data-testid={`cx-action-${a}`}
          >
            {words(TRANSITIONS[a].label)}
          </Button>
        ))}
      </Group>
      {open && <ActionDialog key={open} detail={detail} action={open} onClose={() => setOpen(null)} />}
    </>
  );
}
