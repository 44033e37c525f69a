import { Alert, Button, Checkbox, FileInput, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../shared/format/format';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { ApiError } from '../../../lib/api-client';
import { browserZone } from '../../../lib/format';
import { fieldErrors, notifySuccess } from '../../../lib/notify';
import { useSetStandard, type SetFields } from '../api/standards-api';

/** A year after `date` (YYYY-MM-DD); 29 February becomes 28 February. The default review date. */
export function oneYearAfter(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return '';
  const year = Number(m[1]) + 1;
  const day = m[2] === '02' && m[3] === '29' ? '28' : m[3];
  return `${year}-${m[2]}-${day}`;
}

const TEXT_FIELDS = [
  'skNumber',
  'skDate',
  'skSignatory',
  'consultationDate',
  'consultationParticipants',
  'consultationMinutes',
  'reviewDate',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const SK_TYPES = 'application/pdf,image/jpeg,image/png';

/**
 * Setting a standard by decree (coordinator): SK number, date and signatory, the SK file, the
 * evidence of community involvement (consultation date, participants, minutes), the review date
 * (a year after the SK unless changed) and whether to publish at once.
 */
export function SetDialog({
  productId,
  standardId,
  rowVersion,
  onClose,
}: {
  productId: string;
  standardId: string;
  /** Reads the row version at the moment of sending (autosave may have moved it). */
  rowVersion: () => number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const today = todayIn(browserZone());
  const [v, setV] = useState<Record<TextField, string>>({
    skNumber: '',
    skDate: today,
    skSignatory: '',
    consultationDate: '',
    consultationParticipants: '',
    consultationMinutes: '',
    reviewDate: oneYearAfter(today),
  });
  const [reviewTouched, setReviewTouched] = useState(false);
  const [publish, setPublish] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const setStandard = useSetStandard(productId);
  const err = setStandard.error;
  const errors = { ...checked, ...fieldErrors(err) };

  function change(field: TextField, value: string) {
    setV((prev) => {
      const next = { ...prev, [field]: value };
      if (field === 'skDate' && !reviewTouched) next.reviewDate = oneYearAfter(value);
      return next;
    });
    if (field === 'reviewDate') setReviewTouched(true);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    for (const k of TEXT_FIELDS) if (!v[k].trim()) problems[k] = t('standards.set.required');
    if (!file) problems.sk = t('standards.set.fileRequired');
    setChecked(problems);
    if (Object.keys(problems).length || !file) return;
    const fields: SetFields = { ...v, rowVersion: String(rowVersion()), publish: String(publish) };
    setProgress(0);
    try {
      await setStandard.mutateAsync({ id: standardId, fields, file, onProgress: setProgress });
      notifySuccess(t('standards.set.done'));
      onClose();
    } catch {
      setProgress(null);
    }
  }

  const text = (field: TextField, multiline = false, type = 'text') => {
    const common = {
      label: t(`standards.set.${field}`),
      value: v[field],
      error: errors[field],
      required: true,
      'data-testid': `set-${field}`,
    };
    return multiline ? (
      <Textarea {...common} autosize minRows={2} onChange={(e) => change(field, e.currentTarget.value)} />
    ) : (
      <TextInput {...common} type={type} onChange={(e) => change(field, e.currentTarget.value)} />
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('standards.set.title')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="set-form">
        <Stack gap="sm">
          {err instanceof ApiError && Object.keys(err.fields).length === 0 && (
            <Alert color="red" data-testid="set-error">
              {err.message}
            </Alert>
          )}
          {text('skNumber')}
          {text('skDate', false, 'date')}
          {text('skSignatory')}
          <FileInput
            label={t('standards.set.skFile')}
            description={t('standards.set.skFileHint')}
            value={file}
            onChange={setFile}
            accept={SK_TYPES}
            required
            error={errors.sk ?? errors.file}
            data-testid="set-sk-file"
          />
          {text('consultationDate', false, 'date')}
          {text('consultationParticipants', true)}
          {text('consultationMinutes', true)}
          {text('reviewDate', false, 'date')}
          <Checkbox
            label={t('standards.set.publish')}
            checked={publish}
            onChange={(e) => setPublish(e.currentTarget.checked)}
            data-testid="set-publish"
          />
          {progress !== null && <LabeledProgress label={t('standards.set.uploading')} value={progress} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={setStandard.isPending} data-testid="set-submit">
              {t('standards.set.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
