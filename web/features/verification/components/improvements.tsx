import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { formatDate } from '../../../../shared/format/format';
import {
  useArchiveImprovement,
  useCreateImprovement,
  useImprovements,
  useSampleUnits,
  useVerificationItems,
  type Improvement,
} from '../api/verification-api';
import { DateField } from '../../../components/ui/date-field';

/**
 * The assessor's improvement points (saran perbaikan), for the government or one unit, each
 * optionally tied to an indicator and a due date: once the results are released each becomes a
 * follow-up item (due on that date, else 60 days after the release — Patuh's default).
 */
export function Improvements({
  cycleId,
  governmentId,
  editable,
}: {
  cycleId: string;
  governmentId: string;
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const list = useImprovements(cycleId, governmentId);
  const items = useVerificationItems(cycleId, governmentId);
  const indicators = useMemo(() => {
    const seen = new Map<string, string>();
    for (const i of items.data?.items ?? []) if (!seen.has(i.indicator)) seen.set(i.indicator, i.name[lang]);
    return [...seen.entries()].map(([code, name]) => ({ value: code, label: `${code} — ${name}` }));
  }, [items.data, lang]);
  const sample = useSampleUnits(cycleId, governmentId);
  const create = useCreateImprovement(cycleId, governmentId);
  const archive = useArchiveImprovement();
  const [unitId, setUnitId] = useState('');
  const [text, setText] = useState('');
  const [indicatorCode, setIndicatorCode] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [archiving, setArchiving] = useState<Improvement | null>(null);
  const errors = fieldErrors(create.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await create.mutateAsync({
        unitId: unitId || undefined,
        text,
        indicatorCode: indicatorCode || undefined,
        dueOn: dueOn || undefined,
      });
      notifySuccess(t('improvements.created'));
      setText('');
      setIndicatorCode('');
      setDueOn('');
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  async function doArchive(i: Improvement) {
    try {
      await archive.mutateAsync(i.id);
      notifySuccess(t('improvements.archived'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setArchiving(null);
    }
  }

  return (
    <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
      <Stack>
        {editable && (
          <Paper withBorder p="md">
            <form onSubmit={submit} noValidate>
              <Stack gap="xs">
                <NativeSelect
                  label={t('improvements.for')}
                  value={unitId}
                  onChange={(e) => setUnitId(e.currentTarget.value)}
                  data={[
                    { value: '', label: t('improvements.wholeGovernment') },
                    ...(sample.data?.units ?? []).map((u) => ({ value: u.unitId, label: u.name })),
                  ]}
                  error={errors.unitId}
                  data-testid="improvement-unit"
                />
                <Textarea
                  label={t('improvements.text')}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  autosize
                  minRows={2}
                  error={errors.text}
                  data-testid="improvement-text"
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  <NativeSelect
                    label={t('improvements.indicator')}
                    value={indicatorCode}
                    onChange={(e) => setIndicatorCode(e.currentTarget.value)}
                    data={[{ value: '', label: t('improvements.noIndicator') }, ...indicators]}
                    error={errors.indicatorCode}
                    data-testid="improvement-indicator"
                  />
                  <DateField
                    label={t('improvements.dueOn')}
                    description={t('improvements.dueOnDefault')}
                    value={dueOn}
                    onChange={(e) => setDueOn(e.currentTarget.value)}
                    error={errors.dueOn}
                    data-testid="improvement-due"
                  />
                </SimpleGrid>
                <Group justify="flex-end">
                  <Button type="submit" loading={create.isPending} data-testid="improvement-add">
                    {t('improvements.add')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        )}
        {(list.data?.items ?? []).length === 0 && <Empty title={t('improvements.empty')} />}
        {(list.data?.items ?? []).map((i) => (
          <Paper key={i.id} withBorder p="sm" data-testid={`improvement-${i.id}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {i.unitName ?? t('improvements.wholeGovernment')}
                </Text>
                <Text size="sm">{i.text}</Text>
                {(i.indicatorCode || i.dueOn) && (
                  <Text size="xs" c="dimmed">
                    {[
                      i.indicatorCode && t('improvements.indicatorIs', { code: i.indicatorCode }),
                      i.dueOn && t('improvements.dueIs', { date: formatDate(i.dueOn, lang) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                )}
              </Stack>
              {editable && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setArchiving(i)}
                  data-testid={`improvement-archive-${i.id}`}
                >
                  {t('common.archive')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
        <ConfirmModal
          opened={archiving !== null}
          title={t('improvements.archiveTitle')}
          message={t('improvements.archiveConfirm')}
          confirmLabel={t('common.archive')}
          danger
          loading={archive.isPending}
          onConfirm={() => archiving && void doArchive(archiving)}
          onClose={() => setArchiving(null)}
        />
      </Stack>
    </QueryState>
  );
}
