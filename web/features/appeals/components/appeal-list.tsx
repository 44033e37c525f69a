import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../components/ui/empty';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useRespondAppeal, type Appeal } from '../api/appeals-api';

function RespondForm({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation();
  const respond = useRespondAppeal();
  const [value, setValue] = useState(appeal.requestedValue !== null ? String(appeal.requestedValue) : '');
  const [response, setResponse] = useState('');
  const errors = fieldErrors(respond.error);

  async function run(decision: 'accept' | 'reject') {
    try {
      await respond.mutateAsync({
        id: appeal.id,
        body: {
          decision,
          response: response.trim() || undefined,
          ...(decision === 'accept' && value !== '' ? { value: Number(value) } : {}),
        },
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
          data={[
            { value: '', label: '—' },
            ...[0, 1, 2, 3, 4, 5].map((v) => ({ value: String(v), label: String(v) })),
          ]}
          error={errors.value}
          w={120}
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
            {a.fileCount > 0 ? ` · 📎 ${a.fileCount}` : ''}
          </Text>
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
