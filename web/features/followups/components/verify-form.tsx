import { Button, Group, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { usePublishFollowup, useVerifyFollowup, type FollowupItem } from '../api/followups-api';

/**
 * The issuer's decision on an answer: done, or reopened with a reason (required). Which buttons
 * show comes from the item's `can` (the server also refuses the person who answered it).
 */
export function VerifyForm({ item }: { item: FollowupItem }) {
  const { t } = useTranslation();
  const verify = useVerifyFollowup();
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const errors = fieldErrors(verify.error);
  const canVerify = item.can.includes('verify');
  const canReopen = item.can.includes('reopen');
  if (!canVerify && !canReopen) return null;

  async function decide(decision: 'selesai' | 'buka_kembali') {
    if (decision === 'buka_kembali' && !reason.trim()) {
      setLocal(t('followups.verifyForm.reasonRequired'));
      return;
    }
    setLocal(null);
    try {
      await verify.mutateAsync({
        id: item.id,
        decision,
        reason: reason.trim() || undefined,
        version: item.version,
      });
      notifySuccess(t(decision === 'selesai' ? 'followups.verified' : 'followups.reopened'));
      setReopening(false);
      setReason('');
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Stack gap="xs" data-testid="followup-verify">
      <Text fw={600}>{t('followups.verifyForm.title')}</Text>
      {reopening && (
        <Textarea
          label={t('followups.reopenReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          error={errors.reason ?? local}
          data-testid="followup-reason"
        />
      )}
      <Group gap="xs">
        {canVerify && !reopening && (
          <Button
            onClick={() => void decide('selesai')}
            loading={verify.isPending}
            data-testid="followup-done"
          >
            {t('followups.markDone')}
          </Button>
        )}
        {canReopen && (
          <Button
            variant="default"
            onClick={() => (reopening ? void decide('buka_kembali') : setReopening(true))}
            loading={verify.isPending}
            data-testid="followup-reopen"
          >
            {reopening ? t('followups.verifyForm.confirmReopen') : t('followups.reopen')}
          </Button>
        )}
        {reopening && (
          <Button variant="subtle" onClick={() => setReopening(false)}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** Headquarters decides whether a rekomendasi shows on the government's public page (UU 37/2008 Pasal 38(4)). */
export function PublishToggle({ item }: { item: FollowupItem }) {
  const { t } = useTranslation();
  const publish = usePublishFollowup();
  if (!item.can.includes('publish')) return null;
  return (
    <Switch
      label={t('followups.publish')}
      description={t('followups.publishHint')}
      checked={Boolean(item.publishedAt)}
      disabled={publish.isPending}
      onChange={(e) => {
        const on = e.currentTarget.checked;
        publish
          .mutateAsync({ id: item.id, publish: on, version: item.version })
          .then(() => notifySuccess(t(on ? 'followups.published' : 'followups.unpublished')))
          .catch((err: unknown) => notifyError(err, t('common.saveFailed')));
      }}
      data-testid="followup-publish"
    />
  );
}
