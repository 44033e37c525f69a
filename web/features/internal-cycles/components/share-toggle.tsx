import { Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useShareCycle, type CycleDetail } from '../api/internal-cycles-api';

/**
 * "Bagikan hasil ke Kantor Perwakilan Ombudsman": the coordinator shares an internal cycle's
 * results with the government's office (for pendampingan) or takes them back; a dialog first says
 * what the office's staff will see (read only). Others see the state only.
 */
export function ShareToggle({ cycle, canManage }: { cycle: CycleDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat(cycle.officeTimeZone);
  const share = useShareCycle(cycle.id);
  const [pending, setPending] = useState<boolean | null>(null);
  const shared = cycle.sharedAt !== null;
  const state = shared
    ? t('internal.share.sharedSince', { date: format.dateTime(cycle.sharedAt), office: cycle.officeName })
    : t('internal.share.private');

  async function confirm(next: boolean) {
    try {
      await share.mutateAsync(next);
      notifySuccess(next ? t('internal.share.sharedDone') : t('internal.share.unsharedDone'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack gap={4} data-testid="share-state" data-shared={shared}>
      {canManage ? (
        <Switch
          label={t('internal.share.label')}
          checked={shared}
          onChange={(e) => setPending(e.currentTarget.checked)}
          disabled={share.isPending}
          data-testid="share-toggle"
        />
      ) : (
        <Text size="sm" fw={500}>
          {t('internal.share.heading')}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {state}
      </Text>
      <ConfirmModal
        opened={pending !== null}
        title={pending ? t('internal.share.confirmTitle') : t('internal.share.unshareTitle')}
        message={
          pending
            ? t('internal.share.confirm', { office: cycle.officeName })
            : t('internal.share.unshareConfirm', { office: cycle.officeName })
        }
        confirmLabel={pending ? t('internal.share.do') : t('internal.share.undo')}
        danger={pending === false}
        loading={share.isPending}
        onConfirm={() => pending !== null && void confirm(pending)}
        onClose={() => setPending(null)}
      />
    </Stack>
  );
}
