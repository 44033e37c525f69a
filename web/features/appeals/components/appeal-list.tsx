import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../components/ui/attachment-list';
import { Empty } from '../../../components/ui/empty';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useAppealFiles, useRespondAppeal, type Appeal } from '../api/appeals-api';

const shorten = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The values an appeal may be answered with: the indicator's levels (with rubric), and N/A where allowed. */
function valueOptions(appeal: Appeal, lang: 'id' | 'en', naLabel: string) {
  const levels = (appeal.scale?.levels ?? []).map((l) => ({
    value: String(l.value),
    label: `${l.value} · ${shorten(l.label[lang])}`,
  }));
  return [
    { value: '', label: '—' },
    ...levels,
    ...(appeal.naAllowed ? [{ value: 'na', label: naLabel }] : []),
  ];
}

/** Links to an appeal's files; photos as thumbnails. */
function AppealFiles({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation();
  const files = useAppealFiles(appeal.id, appeal.fileCount > 0);
  if (appeal.fileCount === 0 || !files.data) return null;
  return (
    <Group gap="xs" mt={6} data-testid={`appeal-files-${appeal.id}`}>
      <Text size="xs" c="dimmed">
        {t('appeals.attached')}:
      </Text>
      <AttachmentList items={files.data.items} testId={(f) => `appeal-file-${f.fileId}`} />
    </Group>
  );
}

function RespondForm({ appeal }: { appeal: Appeal }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const respond = useRespondAppeal();
  const options = valueOptions(appeal, lang, t('checklist.naShort'));
  const requested = appeal.requestedValue !== null ? String(appeal.requestedValue) : '';
  const [value, setValue] = useState(options.some((o) => o.value === requested) ? requested : '');
  const [response, setResponse] = useState('');
  const errors = fieldErrors(respond.error);

  async function run(decision: 'accept' | 'reject') {
    const choice =
      decision !== 'accept' || value === '' ? {} : value === 'na' ? { na: true } : { value: Number(value) };
    try {
      await respond.mutateAsync({
        id: appeal.id,
        body: { decision, response: response.trim() || undefined, ...choice },
      });
      notifySuccess(decision === 'accept' ? t('appeals.acceptedDone') : t('appeals.rejectedDone'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Stack gap="xs" mt="sm">
      <Group align="flex-end">
        <NativeSelect
          label={t('appeals.newValue')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          data={options}
          error={errors.value ?? errors.na}
          w={300}
          data-testid={`appeal-value-${appeal.id}`}
        />
        <Textarea
          label={t('appeals.response')}
          value={response}
          onChange={(e) => setResponse(e.currentTarget.value)}
          autosize
          minRows={1}
          style={{ flex: 1 }}
          error={errors.response}
          data-testid={`appeal-response-${appeal.id}`}
        />
      </Group>
      <Group justify="flex-end" gap="xs">
        <Button
          color="red"
          variant="light"
          loading={respond.isPending && respond.variables?.body.decision === 'reject'}
          onClick={() => void run('reject')}
          data-testid={`appeal-reject-${appeal.id}`}
        >
          {t('appeals.reject')}
        </Button>
        <Button
          color="teal"
          loading={respond.isPending && respond.variables?.body.decision === 'accept'}
          onClick={() => void run('accept')}
          data-testid={`appeal-accept-${appeal.id}`}
        >
          {t('appeals.accept')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The appeals of a government: reason, requested value, status, answer; assessors answer the open ones. */
export function AppealList({ appeals, canRespond }: { appeals: Appeal[]; canRespond: boolean }) {
  const { t } = useTranslation();
  if (appeals.length === 0) return <Empty title={t('appeals.empty')} />;
  const color = { open: 'orange', accepted: 'teal', rejected: 'red' } as const;
  return (
    <Stack>
      {appeals.map((a) => (
        <Paper key={a.id} withBorder p="md" data-testid={`appeal-${a.id}`} data-status={a.status}>
          <Group justify="space-between">
            <Text fw={600}>
              {a.indicator}
              {a.unitName ? ` · ${a.unitName}` : ''}
              {a.productName ? ` · ${a.productName}` : ''}
            </Text>
            <Badge color={color[a.status]}>{t(`appeals.status.${a.status}`)}</Badge>
          </Group>
          <Text size="sm" mt={4}>
            {a.reason}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('appeals.values', {
              self: a.selfValue ?? '—',
              verified: a.verifiedValue ?? '—',
              requested: a.requestedValue ?? '—',
            })}
          </Text>
          <AppealFiles appeal={a} />
          {a.response && (
            <Text size="sm" mt={4} c="dimmed">
              {t('appeals.answer')}: {a.response}
            </Text>
          )}
          {canRespond && a.status === 'open' && <RespondForm appeal={a} />}
        </Paper>
      ))}
    </Stack>
  );
}
