import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_NOTE_KINDS,
  HQ_DECISION_NOTES,
  MEDIATION_OUTCOMES,
  noteFits,
  type CaseNoteBody,
  type CaseNoteKind,
} from '../../../../shared/contracts/complaints-case';
import { todayIn } from '../../../../shared/format/format';
import { useAuth } from '../../../lib/auth';
import { browserZone } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useAddCaseNote } from '../api/complaints-api';
import type { ComplaintDetail } from '../api/types';
import { DateField } from '../../../components/ui/date-field';

/** The kinds of note that fit the case now and the actor may write (the server's rule). */
export function noteKindsFor(detail: Pick<ComplaintDetail, 'stage' | 'closureReason'>, head: boolean) {
  return CASE_NOTE_KINDS.filter((k) => (head || !HQ_DECISION_NOTES.includes(k)) && noteFits(k, detail));
}

/**
 * Record a field visit, an examination note, the outcome of a mediation or conciliation, or — at
 * the recommendation — headquarters' decision to publish it or report it to the DPR and the
 * President. The notes show in the history below with their own date.
 */
export function CaseNotesPanel({ detail, canHandle }: { detail: ComplaintDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const head =
    user?.role === 'admin' || (user?.role === 'oversight_head' && user.officeId === detail.officeId);
  const kinds = noteKindsFor(detail, head);
  const today = todayIn(browserZone());
  const [kind, setKind] = useState<CaseNoteKind | ''>('');
  const [on, setOn] = useState(today);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState('');
  const add = useAddCaseNote(detail.id);
  const errors = fieldErrors(add.error);
  if (!canHandle || kinds.length === 0) return null;
  const needsOutcome = kind === 'mediasi' || kind === 'konsiliasi';

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await add.mutateAsync({
        kind: kind as CaseNoteKind,
        on,
        text: text.trim(),
        ...(needsOutcome && outcome ? { outcome: outcome as NonNullable<CaseNoteBody['outcome']> } : {}),
      });
      notifySuccess(t('complaints.notes.saved'));
      setText('');
      setKind('');
      setOutcome('');
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Paper withBorder p="sm" mb="md" data-testid="cx-notes">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('complaints.notes.title')}
          </Text>
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('complaints.notes.kind')}
              required
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as CaseNoteKind | '')}
              data={[
                { value: '', label: t('complaints.form.choose') },
                ...kinds.map((k) => ({ value: k, label: t(`complaints.history.actions.${k}`) })),
              ]}
              error={errors.kind}
              data-testid="cx-note-kind"
            />
            <DateField
              label={t('complaints.notes.on')}
              required
              max={today}
              value={on}
              onChange={(e) => setOn(e.currentTarget.value)}
              error={errors.on}
              data-testid="cx-note-on"
            />
          </Group>
          {needsOutcome && (
            <NativeSelect
              label={t('complaints.notes.outcome')}
              required
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
              data={[
                { value: '', label: t('complaints.form.choose') },
                ...MEDIATION_OUTCOMES.map((o) => ({
                  value: o,
                  label: t(`complaints.notes.outcomes.${o}`),
                })),
              ]}
              error={errors.outcome}
              data-testid="cx-note-outcome"
            />
          )}
          <Textarea
            label={t('complaints.notes.text')}
            required
            autosize
            minRows={2}
            maxLength={4000}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.text}
            data-testid="cx-note-text"
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              size="xs"
              loading={add.isPending}
              disabled={!kind}
              data-testid="cx-note-save"
            >
              {t('complaints.notes.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
