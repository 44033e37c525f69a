import { Alert, Button, Group, NativeSelect, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { notifyError, notifySuccess } from '../../../lib/notify';
import {
  useAssignFollowups,
  useGovernmentPeople,
  useSendFollowups,
  type FollowupItem,
} from '../api/followups-api';

/**
 * The coordinator's bulk actions on the selected items: assign them to a PIC of their unit (or
 * to oneself), or send the answered ones on to the issuer. All or none: when any item changed
 * meanwhile the server answers 409, nothing is saved, and the list is reloaded.
 */
export function BulkBar({ selected, onDone }: { selected: FollowupItem[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const people = useGovernmentPeople(user?.governmentId ?? null, selected.length > 0);
  const assign = useAssignFollowups();
  const send = useSendFollowups();
  const [ownerId, setOwnerId] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  if (!user) return null;
  const conflictAlert = conflict && (
    <Alert color="orange" mt="xs" title={t('followups.bulk.conflictTitle')} data-testid="fu-bulk-conflict">
      {conflict} {t('followups.bulk.conflictHint')}
    </Alert>
  );
  if (selected.length === 0) return conflictAlert || null;

  const units = new Set(selected.map((i) => i.unitId).filter((u): u is string => Boolean(u)));
  const pics = (people.data?.items ?? []).filter(
    (p) =>
      p.role === 'unit_pic' && !p.archivedAt && [...units].every((u) => p.units.some((pu) => pu.id === u)),
  );
  const canAssign = selected.every((i) => i.can.includes('assign'));
  const canSend = selected.every((i) => i.can.includes('send'));

  async function run(kind: 'assign' | 'send') {
    setConflict(null);
    try {
      const result =
        kind === 'assign'
          ? await assign.mutateAsync({ items: selected, ownerId })
          : await send.mutateAsync({ items: selected });
      notifySuccess(
        t(kind === 'assign' ? 'followups.bulk.assigned' : 'followups.bulk.sent', {
          count: result.items.length,
        }),
      );
      setOwnerId('');
      onDone();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setConflict(err.message);
        onDone();
      } else notifyError(err, t('common.saveFailed'), { withFields: true });
    }
  }

  return (
    <Paper withBorder p="sm" data-testid="fu-bulk">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text size="sm" fw={600} data-testid="fu-bulk-count">
          {t('followups.bulk.selected', { count: selected.length })}
        </Text>
        <NativeSelect
          label={t('followups.bulk.pic')}
          value={ownerId}
          onChange={(e) => setOwnerId(e.currentTarget.value)}
          disabled={!canAssign}
          data={[
            { value: '', label: t('followups.bulk.pickPic') },
            ...pics.map((p) => ({
              value: p.id,
              label: `${p.name} (${p.units.map((u) => u.name).join(', ')})`,
            })),
            { value: user.id, label: t('followups.bulk.me') },
          ]}
          style={{ minWidth: 0, flex: '1 1 220px' }}
          data-testid="fu-bulk-owner"
        />
        <Button
          onClick={() => void run('assign')}
          disabled={!canAssign || !ownerId}
          loading={assign.isPending}
          data-testid="fu-bulk-assign"
        >
          {t('followups.bulk.assign')}
        </Button>
        <Button
          variant="light"
          onClick={() => void run('send')}
          disabled={!canSend}
          loading={send.isPending}
          data-testid="fu-bulk-send"
        >
          {t('followups.bulk.send')}
        </Button>
      </Group>
      {!canAssign && !canSend && (
        <Text size="xs" c="gray.7" mt={4}>
          {t('followups.bulk.mixed')}
        </Text>
      )}
      {conflictAlert}
    </Paper>
  );
}
