import { Badge, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { nextPhase } from '../../../lib/cycle-access';
import { useCycleAction, type CycleDetail, type CycleStatus } from '../api/cycles-api';
import { useRecomputeStatus } from '../api/recompute-api';

type Pending = { kind: 'advance'; to: CycleStatus } | { kind: 'approve' } | { kind: 'recompute' };

/**
 * Phase advance and "Setujui & terbitkan", recompute; each asks first. Who may do which is the
 * caller's (web/lib/cycle-access: Ombudsman heads on official cycles, the owner's coordinator on an
 * internal one). An internal cycle has no appeal phase: verification → final.
 */
export function CycleActions({
  cycle,
  canManage,
  canApprove,
  canRecompute,
}: {
  cycle: CycleDetail;
  canManage: boolean;
  canApprove: boolean;
  canRecompute: boolean;
}) {
  const { t } = useTranslation();
  const action = useCycleAction(cycle.id);
  const [pending, setPending] = useState<Pending | null>(null);
  const next = nextPhase(cycle.kind, cycle.status);
  const internal = cycle.kind === 'internal';
  // "Hitung ulang" only queues a background job (202): while it waits or runs the page says so.
  const recompute = useRecomputeStatus(cycle.id, canRecompute, (ok) =>
    ok ? notifySuccess(t('cycles.recomputed')) : notifyError(null, t('cycles.recomputeFailed')),
  );

  async function run(p: Pending) {
    try {
      await action.mutateAsync(p);
      notifySuccess(
        p.kind === 'advance'
          ? t('cycles.advanced', { phase: t(`cycles.phase.${p.to}`) })
          : p.kind === 'approve'
            ? t(internal ? 'cycles.publishedInternal' : 'cycles.published')
            : t('cycles.recomputeQueued'),
      );
    } catch (err) {
      notifyError(err, t('common.saveFailed'), { withFields: true });
    } finally {
      setPending(null);
    }
  }

  const message =
    pending?.kind === 'advance'
      ? t(`cycles.${internal ? 'advanceConfirmInternal' : 'advanceConfirm'}.${pending.to}`)
      : pending?.kind === 'approve'
        ? internal
          ? t('cycles.approveConfirmInternal')
          : t('cycles.approveConfirm', { count: cycle.governmentCount })
        : t('cycles.recomputeConfirm');

  return (
    <Group gap="xs">
      {canManage && next && (
        <Button
          onClick={() => setPending({ kind: 'advance', to: next })}
          data-testid="cycle-advance"
          data-to={next}
        >
          {t('cycles.advanceTo', { phase: t(`cycles.phase.${next}`) })}
        </Button>
      )}
      {canApprove && cycle.status === 'final' && (
        <Button color="teal" onClick={() => setPending({ kind: 'approve' })} data-testid="cycle-approve">
          {t(internal ? 'cycles.approveInternal' : 'cycles.approve')}
        </Button>
      )}
      {canRecompute && recompute.running && (
        <Badge color="blue" variant="light" data-testid="cycle-recomputing" role="status">
          {t('cycles.recomputing')}
        </Badge>
      )}
      {canRecompute && cycle.status !== 'planning' && (
        <Button
          variant="default"
          onClick={() => setPending({ kind: 'recompute' })}
          disabled={recompute.running}
          data-testid="cycle-recompute"
        >
          {t('cycles.recompute')}
        </Button>
      )}
      <ConfirmModal
        opened={pending !== null}
        title={
          pending?.kind === 'approve'
            ? t(internal ? 'cycles.approveInternal' : 'cycles.approve')
            : pending?.kind === 'recompute'
              ? t('cycles.recompute')
              : t('cycles.advanceTitle')
        }
        message={message}
        confirmLabel={
          pending?.kind === 'approve'
            ? t(internal ? 'cycles.approveInternal' : 'cycles.approve')
            : t('common.continue')
        }
        loading={action.isPending}
        onConfirm={() => pending && void run(pending)}
        onClose={() => setPending(null)}
      />
    </Group>
  );
}
