import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_FLAG_LABELS } from '../../../../shared/contracts/surveys';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSubmitResponse, type PeriodDetail } from '../api/surveys-api';
import { useWord } from '../lib/words';
import { ResponseForm } from './response-form';

/** Paper forms typed in by unit staff (SKM) or an assessor's interview (perception), one after another. */
export function EntryPanel({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const word = useWord();
  const submit = useSubmitResponse(period.id);
  const [saved, setSaved] = useState(0);
  const interview = period.kind !== 'skm';
  if (period.status !== 'open') return <Alert color="gray">{t('surveys.entry.closed')}</Alert>;
  return (
    <Stack data-testid="entry-panel">
      <Text size="sm" c="dimmed">
        {interview ? t('surveys.entry.interviewHint') : t('surveys.entry.paperHint')}
      </Text>
      {saved > 0 && (
        <Text size="sm" data-testid="entry-saved" aria-live="polite">
          {t('surveys.entry.savedCount', { n: saved })}
        </Text>
      )}
      <ResponseForm
        period={period}
        mode={interview ? 'interview' : 'paper'}
        submitLabel={interview ? t('surveys.entry.saveInterview') : t('surveys.entry.savePaper')}
        pending={submit.isPending}
        error={submit.error}
        onSubmit={async (input) => {
          try {
            const r = await submit.mutateAsync(input);
            setSaved((n) => n + 1);
            notifySuccess(
              r.flags.length
                ? t('surveys.entry.savedFlagged', {
                    flags: r.flags.map((f) => word(SURVEY_FLAG_LABELS[f])).join(', '),
                  })
                : t('surveys.entry.saved'),
            );
            window.scrollTo?.({ top: 0 });
            return true;
          } catch (e) {
            notifyError(e, t('common.saveFailed'));
            return false;
          }
        }}
      />
    </Stack>
  );
}
