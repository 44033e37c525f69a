import { Anchor, Badge, Button, Card, FileInput, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_KIND_LABELS } from '../../../../shared/contracts/complaints-letters';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { DOCUMENT_TYPES } from '../../../lib/files';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  bodyLetterFileUrl,
  bodyLetterPdfUrl,
  useBodyLetter,
  useBodyLetters,
  useReplyLetter,
} from '../api/letters-api';

function ReplyForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const reply = useReplyLetter();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState(0);
  const errors = fieldErrors(reply.error);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    try {
      await reply.mutateAsync({ id, file, note, onProgress: setProgress });
      notifySuccess(t('letters.replySent'));
      onDone();
    } catch (err) {
      notifyError(err, t('common.uploadFailed'));
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FileInput
          label={t('letters.replyFile')}
          description={t('letters.replyFileHint')}
          value={file}
          onChange={setFile}
          accept={DOCUMENT_TYPES.join(',')}
          required
          error={errors.file}
          data-testid="reply-file"
        />
        <Textarea
          label={t('letters.replyNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.note}
          data-testid="reply-note"
        />
        {reply.isPending && <LabeledProgress label={t('common.uploading')} value={progress} />}
        <Group justify="flex-end">
          <Button type="submit" disabled={!file} loading={reply.isPending} data-testid="reply-submit">
            {t('letters.sendReply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LetterView({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const letter = useBodyLetter(id);
  const l = letter.data;
  return (
    <QueryState isPending={letter.isPending} error={letter.error}>
      {l && (
        <Stack gap="xs" data-testid="body-letter">
          <Text size="sm" c="dimmed">
            {l.officeName}
            {l.officeAddress ? ` · ${l.officeAddress}` : ''}
          </Text>
          <Text fw={600} style={{ wordBreak: 'break-word' }}>
            {l.number} · {f.date(l.letterDate)}
          </Text>
          <Text size="sm">
            {t('letters.to')}: {l.addresseeName}
          </Text>
          <Text fw={600}>{l.subject}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {l.body}
          </Text>
          <Text size="sm">
            {l.signatoryTitle} — {l.signatoryName}
          </Text>
          {l.dueOn && (
            <Text size="sm" fw={600}>
              {t('letters.replyBy', { date: f.date(l.dueOn) })}
            </Text>
          )}
          <Group gap="xs" wrap="wrap">
            <Button
              component="a"
              href={bodyLetterPdfUrl(l.id)}
              size="xs"
              variant="light"
              data-testid="body-letter-pdf"
            >
              {t('letters.pdf')}
            </Button>
            {l.files.map((file) => (
              <Anchor key={file.id} size="sm" href={bodyLetterFileUrl(l.id, file.id)}>
                {file.name} ({f.bytes(file.size)})
              </Anchor>
            ))}
          </Group>
          {l.repliedAt ? (
            <Text size="sm" c="green.8" data-testid="body-letter-replied">
              {t('letters.repliedOn', { date: f.date(l.repliedAt) })}
            </Text>
          ) : (
            <ReplyForm id={l.id} onDone={onClose} />
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/** The body's inbox: letters the Ombudsman sent to my government; open one, PDF, signed reply. */
export function BodyInbox() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const f = useFormat();
  const letters = useBodyLetters();
  const [open, setOpen] = useState<string | null>(null);
  const items = letters.data?.items ?? [];
  return (
    <QueryState isPending={letters.isPending} error={letters.error} onRetry={() => void letters.refetch()}>
      <Stack data-testid="body-inbox">
        {items.length === 0 && <Empty title={t('letters.inboxEmpty')} />}
        {items.map((l) => (
          <Card key={l.id} withBorder padding="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600} style={{ wordBreak: 'break-word' }}>
                {l.subject}
              </Text>
              <Badge color={l.repliedAt ? 'green' : 'blue'}>
                {l.repliedAt ? t('letters.status.dibalas') : t('letters.awaitingReply')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
              {LETTER_KIND_LABELS[l.kind][lang]} · {l.number} · {l.officeName} · {f.date(l.letterDate)}
            </Text>
            {l.dueOn && !l.repliedAt && (
              <Text size="sm">{t('letters.replyBy', { date: f.date(l.dueOn) })}</Text>
            )}
            <Group mt="xs">
              <Button size="xs" onClick={() => setOpen(l.id)} data-testid="body-letter-open">
                {t('letters.open')}
              </Button>
            </Group>
          </Card>
        ))}
        <Modal opened={open !== null} onClose={() => setOpen(null)} size="lg" title={t('letters.letter')}>
          {open && <LetterView id={open} onClose={() => setOpen(null)} />}
        </Modal>
      </Stack>
    </QueryState>
  );
}
