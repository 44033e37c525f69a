import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineRule } from '../../../../shared/complaints/deadline-rules';
import { formatDate } from '../../../../shared/format/format';
import { QueryState } from '../../../components/ui/query-state';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useComplaintRules, useSaveComplaintRules } from '../api/complaint-rules-api';

/**
 * The deadline rules of complaints: days, unit, legal basis and "unconfirmed" per clock. Admins
 * edit them and publish a new version (existing cases keep theirs); others read them.
 */
export function RulesEditor({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const rules = useComplaintRules();
  const save = useSaveComplaintRules();
  const [draft, setDraft] = useState<DeadlineRule[] | null>(null);
  const [note, setNote] = useState('');
  const errors = fieldErrors(save.error);
  const current = rules.data?.current;
  const shown = draft ?? current?.rules ?? [];

  const change = (i: number, patch: Partial<DeadlineRule>) =>
    setDraft(shown.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function publish() {
    if (!draft) return;
    try {
      const saved = await save.mutateAsync({ rules: draft, note });
      notifySuccess(t('complaintRules.saved', { version: saved.current.version }));
      setDraft(null);
      setNote('');
    } catch (err) {
      notifyError(err, t('common.saveFailed'), { withFields: true });
    }
  }

  return (
    <QueryState isPending={rules.isPending} error={rules.error} onRetry={() => void rules.refetch()}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('complaintRules.rulesTitle', { version: current?.version ?? '' })}
          </Title>
          {current && (
            <Text size="sm" c="dimmed">
              {t('complaintRules.since', { date: formatDate(current.createdAt, lang) })}
            </Text>
          )}
        </Group>
        <Text size="sm">{t('complaintRules.rulesHint')}</Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {shown.map((r, i) => (
            <Paper key={r.key} withBorder p="sm" data-testid="complaint-rule" data-key={r.key}>
              <Stack gap={6}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {r.label[lang]}
                  </Text>
                  {r.unconfirmed && (
                    <Badge size="sm" color="orange" variant="light">
                      {t('complaintRules.unconfirmed')}
                    </Badge>
                  )}
                </Group>
                {canEdit ? (
                  <>
                    <Group gap="xs" grow wrap="wrap">
                      <NumberInput
                        label={t('complaintRules.days')}
                        min={1}
                        max={365}
                        value={r.days}
                        onChange={(v) => change(i, { days: Number(v) || 0 })}
                        error={errors[`rules.${i}.days`]}
                        miw={100}
                      />
                      <NativeSelect
                        label={t('complaintRules.unit')}
                        value={r.unit}
                        onChange={(e) => change(i, { unit: e.currentTarget.value as DeadlineRule['unit'] })}
                        data={[
                          { value: 'working', label: t('complaintRules.units.working') },
                          { value: 'calendar', label: t('complaintRules.units.calendar') },
                        ]}
                        miw={130}
                      />
                      <NumberInput
                        label={t('complaintRules.remindBefore')}
                        min={0}
                        max={30}
                        value={r.remindBefore}
                        onChange={(v) => change(i, { remindBefore: Number(v) || 0 })}
                        error={errors[`rules.${i}.remindBefore`]}
                        miw={100}
                      />
                    </Group>
                    <Textarea
                      label={t('complaintRules.basis')}
                      value={r.basis}
                      autosize
                      minRows={2}
                      onChange={(e) => change(i, { basis: e.currentTarget.value })}
                      error={errors[`rules.${i}.basis`]}
                    />
                    <Checkbox
                      label={t('complaintRules.unconfirmedLabel')}
                      checked={r.unconfirmed}
                      onChange={(e) => change(i, { unconfirmed: e.currentTarget.checked })}
                    />
                  </>
                ) : (
                  <>
                    <Text size="sm">
                      {t(`complaintRules.count.${r.unit}`, { count: r.days })} ·{' '}
                      {t('complaintRules.remindText', { count: r.remindBefore })}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {r.basis}
                    </Text>
                  </>
                )}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
        {canEdit && draft && (
          <Paper withBorder p="sm">
            <Stack gap="xs">
              <TextInput
                label={t('complaintRules.note')}
                description={t('complaintRules.noteHint')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                error={errors.note}
                required
              />
              <Group gap="xs">
                <Button
                  onClick={() => void publish()}
                  loading={save.isPending}
                  data-testid="complaint-rules-save"
                >
                  {t('complaintRules.publish')}
                </Button>
                <Button variant="default" onClick={() => setDraft(null)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
        {rules.data && rules.data.versions.length > 1 && (
          <Stack gap={2}>
            <Title order={3} size="h5">
              {t('complaintRules.versions')}
            </Title>
            {rules.data.versions.map((v) => (
              <Text key={v.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('complaintRules.versionLine', {
                  version: v.version,
                  date: formatDate(v.createdAt, lang),
                  cases: v.cases,
                  count: v.cases,
                })}
                {v.note ? ` — ${v.note}` : ''}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </QueryState>
  );
}
