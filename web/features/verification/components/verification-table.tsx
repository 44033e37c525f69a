import { Button, Group, NativeSelect, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import {
  useAcceptAll,
  useEvidenceByAnswer,
  useSampleUnits,
  useVerificationItems,
} from '../api/verification-api';
import { VerificationRow } from './verification-row';

const ENTITY = 'entity';

/** Verification of one government, unit by unit (plus the entity-level items), with bulk accept. */
export function VerificationTable({
  cycleId,
  governmentId,
  editable,
}: {
  cycleId: string;
  governmentId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const items = useVerificationItems(cycleId, governmentId);
  const sample = useSampleUnits(cycleId, governmentId);
  const acceptAll = useAcceptAll(cycleId, governmentId);
  const [unit, setUnit] = useState<string>('');
  const [status, setStatus] = useState('all');
  const statusOptions = ['all', 'pending', 'accepted', 'adjusted'].map((s) => ({
    value: s,
    label: s === 'all' ? t('common.all') : t(`verification.status.${s}`),
  }));
  const [confirming, setConfirming] = useState(false);
  const all = items.data?.items ?? [];
  const hasEntity = all.some((i) => i.unitId === null);
  const units = sample.data?.units ?? [];
  const selected = unit || (units[0]?.unitId ?? (hasEntity ? ENTITY : ''));
  const evidence = useEvidenceByAnswer(
    cycleId,
    selected === ENTITY || !selected ? { governmentId } : { unitId: selected },
  );
  const inScope = all.filter((i) => (selected === ENTITY ? i.unitId === null : i.unitId === selected));
  const shown = inScope.filter((i) => status === 'all' || i.verifyStatus === status);
  const pending = all.filter((i) => i.verifyStatus === 'pending' && (i.selfValue !== null || i.selfNa));
  const counts = (id: string) => {
    const list = all.filter((i) => (id === ENTITY ? i.unitId === null : i.unitId === id));
    return `${list.filter((i) => i.verifyStatus !== 'pending').length}/${list.length}`;
  };

  async function doAcceptAll() {
    try {
      const r = await acceptAll.mutateAsync({});
      notifySuccess(t('verification.acceptedAll', { count: r.accepted }));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <QueryState
      isPending={items.isPending || sample.isPending}
      error={items.error ?? sample.error}
      onRetry={() => void items.refetch()}
    >
      <Stack>
        <Group align="flex-end" justify="space-between">
          <Group align="flex-end">
            <NativeSelect
              label={t('verification.unit')}
              value={selected}
              onChange={(e) => setUnit(e.currentTarget.value)}
              data={[
                ...units.map((u) => ({ value: u.unitId, label: `${u.name} (${counts(u.unitId)})` })),
                ...(hasEntity
                  ? [{ value: ENTITY, label: `${t('selfProgress.entityLevel')} (${counts(ENTITY)})` }]
                  : []),
              ]}
              w={{ base: '100%', sm: 420 }}
              data-testid="verify-unit"
            />
            {/* Four statuses do not fit a 390 px phone side by side: a select there instead. */}
            <SegmentedControl
              visibleFrom="sm"
              value={status}
              onChange={setStatus}
              data={statusOptions}
              aria-label={t('verification.statusLabel')}
              data-testid="verify-status-filter"
            />
            <NativeSelect
              hiddenFrom="sm"
              w="100%"
              label={t('verification.statusLabel')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value)}
              data={statusOptions}
              data-testid="verify-status-filter-select"
            />
          </Group>
          {editable && (
            <Button
              color="teal"
              disabled={pending.length === 0}
              onClick={() => setConfirming(true)}
              data-testid="verify-accept-all"
            >
              {t('verification.acceptAll', { count: pending.length })}
            </Button>
          )}
        </Group>
        {shown.length === 0 ? (
          <Empty title={t('verification.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={1000}>
            <Table verticalSpacing="xs" data-testid="verify-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('verification.indicator')}</Table.Th>
                  <Table.Th>{t('verification.selfValue')}</Table.Th>
                  <Table.Th>{t('verification.statusLabel')}</Table.Th>
                  <Table.Th>{t('verification.verifiedValue')}</Table.Th>
                  <Table.Th>{t('verification.reason')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((i) => (
                  <VerificationRow
                    key={`${i.answerId}:${i.verifyStatus}:${i.verifiedValue}`}
                    item={i}
                    evidence={evidence.data?.get(i.answerId)}
                    editable={editable}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {!editable && (
          <Text size="sm" c="dimmed">
            {t('verification.notInPhase')}
          </Text>
        )}
        <ConfirmModal
          opened={confirming}
          title={t('verification.acceptAllTitle')}
          message={t('verification.acceptAllConfirm', { count: pending.length })}
          confirmLabel={t('verification.accept')}
          loading={acceptAll.isPending}
          onConfirm={() => void doAcceptAll()}
          onClose={() => setConfirming(false)}
        />
      </Stack>
    </QueryState>
  );
}
