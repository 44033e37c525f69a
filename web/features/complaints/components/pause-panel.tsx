import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useEndPause, useStartPause } from '../api/complaints-api';
import { WAITING_ON, type ComplaintDetail, type WaitingOn } from '../api/types';

/** Pause the clocks while waiting on the reporter or the body (with the reason), and end the pause. */
export function PausePanel({ detail, canHandle }: { detail: ComplaintDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [waitingOn, setWaitingOn] = useState<WaitingOn>('pelapor');
  const [reason, setReason] = useState('');
  const start = useStartPause(detail.id);
  const end = useEndPause(detail.id);
  const errors = fieldErrors(start.error);
  const running = detail.pauses.find((p) => p.toOn === null);
  const closed = detail.stage === 'selesai';

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await start.mutateAsync({ waitingOn, reason: reason.trim() });
      notifySuccess(t('complaints.pauses.started'));
      setOpen(false);
      setReason('');
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  async function stop(id: string) {
    try {
      await end.mutateAsync(id);
      notifySuccess(t('complaints.pauses.ended'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'), { withFields: true });
    }
  }

  return (
    <Stack gap="xs" data-testid="cx-pauses">
      {running && (
        <Alert color="gray" title={t('complaints.pauses.running')} data-testid="cx-pause-running">
          <Text size="sm">
            {t('complaints.pauses.since', {
              date: format.date(running.fromOn),
              who: t(`complaints.pauses.waitingOn.${running.waitingOn}`),
            })}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {running.reason}
          </Text>
          {canHandle && (
            <Button
              mt="xs"
              size="xs"
              variant="light"
              loading={end.isPending}
              onClick={() => void stop(running.id)}
              data-testid="cx-pause-end"
            >
              {t('complaints.pauses.end')}
            </Button>
          )}
        </Alert>
      )}
      {detail.pauses
        .filter((p) => p.toOn !== null)
        .map((p) => (
          <Text key={p.id} size="xs" c="gray.7">
            {t('complaints.pauses.past', {
              range: format.dateRange(p.fromOn, p.toOn),
              who: t(`complaints.pauses.waitingOn.${p.waitingOn}`),
            })}
            : {p.reason}
          </Text>
        ))}
      {canHandle && !running && !closed && !open && (
        <Group>
          <Button size="xs" variant="default" onClick={() => setOpen(true)} data-testid="cx-pause-start">
            {t('complaints.pauses.start')}
          </Button>
        </Group>
      )}
      {open && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <NativeSelect
              label={t('complaints.pauses.waitingOnLabel')}
              value={waitingOn}
              onChange={(e) => setWaitingOn(e.currentTarget.value as WaitingOn)}
              data={WAITING_ON.map((w) => ({ value: w, label: t(`complaints.pauses.waitingOn.${w}`) }))}
              error={errors.waitingOn}
              data-testid="cx-pause-waiting"
            />
            <TextInput
              label={t('complaints.pauses.reason')}
              required
              value={reason}
              maxLength={400}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason}
              data-testid="cx-pause-reason"
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" size="xs" loading={start.isPending} data-testid="cx-pause-submit">
                {t('complaints.pauses.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
