import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useSendMessage, useWhatsappLink } from '../api/complaints-api';
import type { ComplaintDetail } from '../api/types';

/** Messages between the office and the reporter (shown on the reporter's status page). */
export function MessagesPanel({ detail, canHandle }: { detail: ComplaintDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [body, setBody] = useState('');
  const send = useSendMessage(detail.id);
  const errors = fieldErrors(send.error);
  const whatsapp = useWhatsappLink(detail.id);

  async function openWhatsapp() {
    try {
      const link = await whatsapp.mutateAsync();
      window.open(link.url, '_blank', 'noopener');
    } catch (err) {
      notifyError(err, t('common.loadFailed'));
    } finally {
      whatsapp.reset();
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await send.mutateAsync({ body: body.trim() });
      setBody('');
      notifySuccess(t('complaints.messages.sent'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Stack gap="xs" data-testid="cx-messages">
      {detail.messages.length === 0 && (
        <Text size="sm" c="gray.7">
          {t('complaints.messages.none')}
        </Text>
      )}
      {detail.messages.map((m) => (
        <Paper
          key={m.id}
          withBorder
          p="xs"
          bg={m.authorKind === 'pelapor' ? 'gray.0' : undefined}
          data-testid="cx-message"
        >
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {m.authorKind === 'pelapor'
                ? t('complaints.messages.reporter')
                : (m.authorName ?? t('complaints.messages.office'))}
            </Text>
            {m.isLhpResponse && (
              <Badge size="xs" color="violet.8" variant="filled">
                {t('complaints.messages.lhpResponse')}
              </Badge>
            )}
            <Text size="xs" c="gray.7">
              {format.dateTime(m.createdAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {m.body}
          </Text>
        </Paper>
      ))}
      {canHandle && (
        <form onSubmit={submit} noValidate>
          <Stack gap={6}>
            <Textarea
              label={t('complaints.messages.new')}
              description={t('complaints.messages.newHint')}
              autosize
              minRows={2}
              maxLength={4_000}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={errors.body}
              data-testid="cx-message-body"
            />
            <Group justify="flex-end" gap="xs">
              {detail.canReveal && (
                <Button
                  size="xs"
                  variant="default"
                  loading={whatsapp.isPending}
                  onClick={() => void openWhatsapp()}
                  title={t('complaints.messages.whatsappHint')}
                  data-testid="cx-whatsapp"
                >
                  {t('complaints.messages.whatsapp')}
                </Button>
              )}
              <Button
                type="submit"
                size="xs"
                loading={send.isPending}
                disabled={!body.trim()}
                data-testid="cx-message-send"
              >
                {t('complaints.messages.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
