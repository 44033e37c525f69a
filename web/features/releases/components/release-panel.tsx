import { Alert, Badge, Button, Checkbox, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeZoneCode } from '../../../../shared/format/time-zones';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { ZoneBadge } from '../../../components/ui/zone-badge';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useRelease, useReleases, useWithdraw, type ReleaseRow } from '../api/releases-api';
import { useSelection } from '../hooks/use-selection';
import { OfficialFigureForm } from './official-figure-form';

const STATE_COLORS: Record<ReleaseRow['state'], string> = {
  unreleased: 'gray',
  released: 'teal',
  withdrawn: 'orange',
};

interface Props {
  cycle: { id: string; year: number; officeTimeZone?: TimeZoneCode };
}

type Figure = ReleaseRow['computed'];

function FigureCell({ figure, testId }: { figure: Figure | null; testId: string }) {
  const format = useFormat();
  if (!figure) return <Text data-testid={testId}>—</Text>;
  return (
    <Group gap={6} wrap="nowrap" data-testid={testId}>
      <Text size="sm">{figure.score === null ? '—' : format.score(figure.score)}</Text>
      {figure.band && <Badge variant="outline">{figure.band}</Badge>}
      {figure.zone && <ZoneBadge zone={figure.zone} size="sm" />}
      {figure.opinion && <Text size="sm">{figure.opinion}</Text>}
    </Group>
  );
}

/**
 * "Rilis publik" of a cycle: its governments with Patuh's result, the official figure and the
 * release state; release the chosen ones or all (after a confirmation that says they become
 * public), withdraw with a reason, and record the official figure of the cycle's year per row.
 */
export function ReleasePanel({ cycle }: Props) {
  const { t } = useTranslation();
  const format = useFormat(cycle.officeTimeZone);
  const list = useReleases(cycle.id);
  const items = list.data?.items ?? [];
  const selection = useSelection(items.map((i) => i.governmentId));
  const release = useRelease(cycle.id);
  const withdraw = useWithdraw(cycle.id);
  const [confirm, setConfirm] = useState<string[] | 'all' | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [figureFor, setFigureFor] = useState<ReleaseRow | null>(null);
  const releasable = list.data?.releasable ?? false;
  const releasedChosen = items.filter((i) => selection.has(i.governmentId) && i.state === 'released');
  const confirmCount = confirm === 'all' ? items.length : (confirm?.length ?? 0);

  async function onRelease() {
    try {
      await release.mutateAsync(confirm === 'all' ? undefined : (confirm ?? []));
      notifySuccess(t('releases.released', { count: confirmCount }));
      selection.clear();
      setConfirm(null);
    } catch (err) {
      notifyError(err, t('releases.failed'), { withFields: true });
    }
  }

  async function onWithdraw() {
    try {
      await withdraw.mutateAsync({ governmentIds: releasedChosen.map((i) => i.governmentId), reason });
      notifySuccess(t('releases.withdrawn'));
      selection.clear();
      setWithdrawing(false);
      setReason('');
    } catch (err) {
      if (!fieldErrors(err).reason) notifyError(err, t('releases.failed'), { withFields: true });
    }
  }

  return (
    <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
      <Stack gap="sm" data-testid="release-panel">
        <Text size="sm" c="dimmed">
          {t('releases.intro')}
        </Text>
        {!releasable && (
          <Alert color="yellow" data-testid="release-not-releasable">
            {t('releases.notReleasable')}
          </Alert>
        )}
        <Group gap="xs">
          <Button
            disabled={!releasable || selection.selected.length === 0}
            onClick={() => setConfirm(selection.selected)}
            data-testid="release-selected"
          >
            {t('releases.releaseSelected')}
          </Button>
          <Button
            variant="light"
            disabled={!releasable || items.length === 0}
            onClick={() => setConfirm('all')}
            data-testid="release-all"
          >
            {t('releases.releaseAll')}
          </Button>
          <Button
            variant="default"
            color="orange"
            disabled={releasedChosen.length === 0}
            onClick={() => setWithdrawing(true)}
            data-testid="release-withdraw"
          >
            {t('releases.withdraw')}
          </Button>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('releases.selected', { count: selection.selected.length })}
          </Text>
        </Group>
        {items.length === 0 ? (
          <Empty title={t('releases.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover data-testid="release-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Checkbox
                      aria-label={t('releases.selectAll')}
                      checked={selection.allChosen}
                      indeterminate={selection.someChosen}
                      onChange={selection.toggleAll}
                      data-testid="release-select-all"
                    />
                  </Table.Th>
                  <Table.Th>{t('releases.government')}</Table.Th>
                  <Table.Th>{t('releases.computed')}</Table.Th>
                  <Table.Th>{t('releases.official')}</Table.Th>
                  <Table.Th>{t('releases.state')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((row) => (
                  <Table.Tr key={row.governmentId} data-testid={`release-row-${row.governmentId}`}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('releases.select', { name: row.name })}
                        checked={selection.has(row.governmentId)}
                        onChange={() => selection.toggle(row.governmentId)}
                      />
                    </Table.Td>
                    <Table.Td>{row.name}</Table.Td>
                    <Table.Td>
                      <FigureCell figure={row.computed} testId={`computed-${row.governmentId}`} />
                    </Table.Td>
                    <Table.Td>
                      <FigureCell figure={row.official} testId={`official-${row.governmentId}`} />
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={STATE_COLORS[row.state]}
                        variant="light"
                        data-testid={`state-${row.governmentId}`}
                      >
                        {t(`releases.states.${row.state}`)}
                      </Badge>
                      {row.state === 'released' && (
                        <Text size="xs" c="dimmed">
                          {t('releases.releasedOn', { date: format.date(row.releasedAt) })}
                        </Text>
                      )}
                      {row.state === 'withdrawn' && (
                        <Text size="xs" c="dimmed">
                          {t('releases.withdrawnOn', {
                            date: format.date(row.withdrawnAt),
                            reason: row.withdrawReason ?? '',
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => setFigureFor(row)}
                        data-testid={`figure-edit-${row.governmentId}`}
                      >
                        {t('releases.figure.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmModal
        opened={confirm !== null}
        title={t('releases.confirmTitle')}
        message={t('releases.confirmMessage', { count: confirmCount })}
        confirmLabel={t('releases.confirmRelease')}
        loading={release.isPending}
        onConfirm={() => void onRelease()}
        onClose={() => setConfirm(null)}
      />
      <Modal
        opened={withdrawing}
        onClose={() => setWithdrawing(false)}
        title={t('releases.withdrawTitle')}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">{t('releases.withdrawMessage', { count: releasedChosen.length })}</Text>
          <Textarea
            label={t('releases.reason')}
            description={t('releases.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors(withdraw.error).reason}
            required
            autosize
            minRows={2}
            data-testid="withdraw-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setWithdrawing(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="orange"
              loading={withdraw.isPending}
              onClick={() => void onWithdraw()}
              data-testid="withdraw-ok"
            >
              {t('releases.withdraw')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={figureFor !== null}
        onClose={() => setFigureFor(null)}
        title={figureFor ? t('releases.figure.editFor', { name: figureFor.name, year: cycle.year }) : ''}
        centered
      >
        {figureFor && (
          <OfficialFigureForm
            governmentId={figureFor.governmentId}
            year={cycle.year}
            initial={figureFor.official}
            onDone={() => setFigureFor(null)}
            onCancel={() => setFigureFor(null)}
          />
        )}
      </Modal>
    </QueryState>
  );
}
