import { Button, FileInput, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { DOCUMENT_TYPES } from '../../../lib/files';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useAnswerFollowup, useFollowups, type FollowupItem } from '../api/followups-api';
import { FollowupCard } from './followup-card';

function AnswerForm({ item }: { item: FollowupItem }) {
  const { t } = useTranslation();
  const answer = useAnswerFollowup();
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const errors = fieldErrors(answer.error);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    try {
      await answer.mutateAsync({
        id: item.id,
        version: item.version,
        note,
        file,
        onProgress: () => undefined,
      });
      notifySuccess(t('followups.answered'));
      setNote('');
      setFile(null);
    } catch (err) {
      notifyError(err, t('common.uploadFailed'));
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" mt="xs">
        <Textarea
          label={t('followups.answerNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          error={errors.note}
          data-testid="followup-answer-note"
        />
        <FileInput
          label={t('followups.evidence')}
          value={file}
          onChange={setFile}
          accept={DOCUMENT_TYPES.join(',')}
          required
          error={errors.file}
          data-testid="followup-answer-file"
        />
        <Button
          type="submit"
          size="xs"
          disabled={!file || !note}
          loading={answer.isPending}
          data-testid="followup-answer-submit"
        >
          {t('followups.answer')}
        </Button>
      </Stack>
    </form>
  );
}

/** The body's corrective actions: the action text, due date, status; answer with evidence. */
export function BodyFollowups() {
  const { t } = useTranslation();
  const list = useFollowups();
  const items = list.data?.items ?? [];
  return (
    <Stack data-testid="body-followups">
      <Text fw={600}>{t('followups.bodyTitle')}</Text>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {items.length === 0 && <Empty title={t('followups.none')} />}
        {items.map((item) => (
          <FollowupCard key={item.id} item={item}>
            {item.status !== 'selesai' && <AnswerForm item={item} />}
          </FollowupCard>
        ))}
      </QueryState>
    </Stack>
  );
}
