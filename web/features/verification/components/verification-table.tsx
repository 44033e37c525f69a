import { Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { notifyError, notifySuccess } from '../../../lib/notify';
import {
  isBlank,
  useAcceptAll,
  useEvidenceByAnswer,
  useSampleUnits,
  useVerificationItems,
  type AcceptScope,
  type VerificationItem,
} from '../api/verification-api';
import { VerificationRow } from './verification-row';

const ENTITY = 'entity';
/** Long button labels wrap on a phone instead of running off the screen. */
const WRAP = { h: 'auto', mih: 36, py: 6, maw: '100%', styles: { label: { whiteSpace: 'normal' as const } } };

/** Verification of one government, unit by unit (plus the entity-level items), with bulk accept. */
export function VerificationTable({
  cycleId,
  governmentId,
  editable,
  renderContext,
}: {
  cycleId: string;
  governmentId: string;
  editable: boolean;
  /** Composed by the route page: the standards context beside an item. */
  renderContext?: (item: VerificationItem) => ReactNode;
}) {
  const { t } = useTranslation();
  const items = useVerificationItems(cycleId, governmentId);
  const sample = useSampleUnits(cycleId, governmentId);
  const acceptAll = useAcceptAll(cycleId, governmentId);
  const [unit, setUnit] = useState<string>('');
  const [status, setStatus] = useState('all');
  const [confirming, setConfirming] = useState<'view' | 'government' | null>(null);
  const all = items.data?.items ?? [];
  const hasEntity = all.some((i) => i.unitId === null);
  const units = sample.data?.units ?? [];
  const selected = unit || (units[0]?.unitId ?? (hasEntity ? ENTITY : ''));
  const evidence = useEvidenceByAnswer(
    cycleId,
    selected === ENTITY || !selected ? { governmentId } : { unitId: selected },
  );
  const inScope = all.filter((i) => (selected === ENTITY ? i.unitId === null : i.unitId === selected));
  // "pending" is an answered item waiting for an assessor; a blank item has its own filter.
  const statusOf = (i: (typeof all)[number]) => (isBlank(i) ? 'blank' : i.verifyStatus);
  const shown = inScope.filter((i) => status === 'all' || statusOf(i) === status);
  const acceptable = (list: typeof all) => list.filter((i) => i.verifyStatus === 'pending' && !isBlank(i));
  const pendingAll = acceptable(all);
  const pendingHere = acceptable(inScope);
  const blanks = all.filter((i) => i.verifyStatus === 'pending' && isBlank(i)).length;
  const counts = (id: string) => {
    const list = all.filter((i) => (id === ENTITY ? i.unitId === null : i.unitId === id));
    return `${list.filter((i) => i.verifyStatus !== 'pending' || isBlank(i)).length}/${list.length}`;
  };
  const unitName = units.find((u) => u.unitId === selected)?.name ?? '';
  const viewScope: AcceptScope = selected === ENTITY ? { entity: true } : { unitId: selected };
  const scopeLabel =
    confirming === 'government'
      ? t('verification.scopeGovernment')
      : selected === ENTITY
        ? t('verification.scopeEntity')
        : t('verification.scopeUnit', { name: unitName });
  const confirmCount = confirming === 'government' ? pendingAll.length : pendingHere.length;

  async function doAcceptAll() {
    try {
      const r = await acceptAll.mutateAsync(confirming === 'government' ? {} : viewScope);
      notifySuccess(t('verification.acceptedAll', { count: r.accepted }));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setConfirming(null);
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
            <NativeSelect
              label={t('verification.statusLabel')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value)}
              data={['all', 'pending', 'blank', 'accepted', 'adjusted'].map((s) => ({
                value: s,
                label: s === 'all' ? t('common.all') : t(`verification.status.${s}`),
              }))}
              w={{ base: '100%', sm: 200 }}
              data-testid="verify-status-filter"
            />
          </Group>
          {editable && (
            <Group gap="xs">
              <Button
                color="teal"
                disabled={pendingHere.length === 0}
                onClick={() => setConfirming('view')}
                {...WRAP}
                data-testid="verify-accept-all"
              >
                {selected === ENTITY
                  ? t('verification.acceptAllEntity', { count: pendingHere.length })
                  : t('verification.acceptAll', { count: pendingHere.length })}
              </Button>
              <Button
                variant="default"
                disabled={pendingAll.length === 0}
                onClick={() => setConfirming('government')}
                {...WRAP}
                data-testid="verify-accept-government"
              >
                {t('verification.acceptAllGovernment', { count: pendingAll.length })}
              </Button>
            </Group>
          )}
        </Group>
        <Alert color={pendingAll.length ? 'blue' : 'teal'} data-testid="verify-summary">
          <Text size="sm" data-testid="verify-remaining" data-count={pendingAll.length}>
            {pendingAll.length
              ? t('verification.remaining', { count: pendingAll.length })
              : t('verification.allDone')}
          </Text>
          {blanks > 0 && (
            <Text size="sm" mt={4} data-testid="verify-blank-notice" data-count={blanks}>
              {t('verification.blankNotice', { count: blanks })}
            </Text>
          )}
        </Alert>
        {shown.length === 0 ? (
          <Empty title={t('verification.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={1000} className="phone-stack">
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
                    context={renderContext}
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
          opened={confirming !== null}
          title={t('verification.acceptAllTitle')}
          message={t('verification.acceptAllConfirm', { count: confirmCount, scope: scopeLabel })}
          confirmLabel={t('verification.accept')}
          loading={acceptAll.isPending}
          onConfirm={() => void doAcceptAll()}
          onClose={() => setConfirming(null)}
        />
      </Stack>
    </QueryState>
  );
}
