import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryState } from '../../../components/ui/query-state';
import { ZoneBadge } from '../../../components/ui/zone-badge';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useDeleteFigure, useOfficialFigures, type OfficialFigure } from '../api/releases-api';
import { OfficialFigureForm } from './official-figure-form';

/**
 * "Hasil resmi tahun sebelumnya" on a government's page: the results the Ombudsman announced for
 * it, by year and method (a 2019 zone, a 2023 score and category, a 2025 opinion), with their
 * source; record another year, change or remove one. For office heads and admins.
 */
export function EarlierFigures({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = useOfficialFigures(governmentId);
  const remove = useDeleteFigure(governmentId);
  const [editing, setEditing] = useState<OfficialFigure | 'new' | null>(null);
  const [removing, setRemoving] = useState<OfficialFigure | null>(null);
  const items = figures.data?.items ?? [];

  async function onRemove() {
    if (!removing) return;
    try {
      await remove.mutateAsync(removing.year);
      notifySuccess(t('releases.figure.removed'));
      setRemoving(null);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Paper withBorder p="md" data-testid="earlier-figures">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('releases.earlier.title')}
          </Title>
          <Button size="xs" onClick={() => setEditing('new')} data-testid="earlier-add">
            {t('releases.earlier.add')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('releases.earlier.intro')}
        </Text>
        <QueryState
          isPending={figures.isPending}
          error={figures.error}
          onRetry={() => void figures.refetch()}
        >
          {items.length === 0 ? (
            <Text size="sm">{t('releases.earlier.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={620}>
              <Table data-testid="earlier-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('releases.figure.year')}</Table.Th>
                    <Table.Th>{t('releases.figure.method')}</Table.Th>
                    <Table.Th>{t('releases.earlier.figure')}</Table.Th>
                    <Table.Th>{t('releases.figure.source')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((f) => (
                    <Table.Tr key={f.year} data-testid={`earlier-${f.year}`}>
                      <Table.Td>{f.year}</Table.Td>
                      <Table.Td>
                        {t(`releases.figure.methods.${f.method}`)}
                        {f.cycleId && (
                          <Badge ml={6} size="xs" variant="outline">
                            {t('releases.earlier.linked')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          {f.score !== null && <Text size="sm">{format.score(f.score)}</Text>}
                          {f.band && <Badge variant="outline">{f.band}</Badge>}
                          {f.zone && <ZoneBadge zone={f.zone} size="sm" />}
                          {f.opinion && <Text size="sm">{f.opinion}</Text>}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" lineClamp={2}>
                          {f.source ?? '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button size="xs" variant="subtle" onClick={() => setEditing(f)}>
                            {t('common.edit')}
                          </Button>
                          <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(f)}>
                            {t('common.remove')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('releases.earlier.title')}
        centered
      >
        {editing && (
          <OfficialFigureForm
            governmentId={governmentId}
            year={editing === 'new' ? undefined : editing.year}
            initial={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        title={t('releases.figure.remove')}
        message={removing ? `${removing.year}` : ''}
        confirmLabel={t('common.remove')}
        danger
        loading={remove.isPending}
        onConfirm={() => void onRemove()}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}
