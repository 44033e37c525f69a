import {
  ActionIcon,
  Button,
  Checkbox,
  FileInput,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOWUP_ANSWER_LIMITS } from '../../../../shared/contracts/followups';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { DOCUMENT_TYPES } from '../../../lib/files';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useAnswerFollowup, useUnitDocuments, type FollowupItem } from '../api/followups-api';

const MIN_NOTE = 20;

/**
 * The PIC's (or coordinator's) answer: a note, several files (photos, PDFs) with upload progress,
 * links, and documents picked from the unit's evidence library — at least one piece of evidence
 * or a note of 20+ characters, as the server requires.
 */
export function AnswerForm({ item, onAnswered }: { item: FollowupItem; onAnswered?: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswerFollowup();
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [links, setLinks] = useState<string[]>([]);
  const [docs, setDocs] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const library = useUnitDocuments(item.unitId, picking);
  const errors = fieldErrors(answer.error);
  const cleanLinks = links.map((l) => l.trim()).filter(Boolean);
  const evidenceCount = files.length + cleanLinks.length + docs.length;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (evidenceCount === 0 && note.trim().length < MIN_NOTE) {
      setLocal(t('followups.answerForm.needEvidence', { count: MIN_NOTE }));
      return;
    }
    setLocal(null);
    // Blank rows go, so the server's `link.<i>` errors point at the rows shown.
    setLinks(cleanLinks);
    setProgress(files.length ? 0 : null);
    try {
      await answer.mutateAsync({
        id: item.id,
        version: item.version,
        note: note.trim(),
        links: cleanLinks,
        documentIds: docs,
        files,
        onProgress: (p) => setProgress(files.length ? p : null),
      });
      notifySuccess(t('followups.answered'));
      setNote('');
      setFiles([]);
      setLinks([]);
      setDocs([]);
      onAnswered?.();
    } catch (err) {
      notifyError(err, t('common.uploadFailed'));
    } finally {
      setProgress(null);
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid="followup-answer-form">
      <Stack gap="xs">
        <Text fw={600}>{t('followups.answerForm.title')}</Text>
        <Textarea
          label={t('followups.answerNote')}
          description={t('followups.answerForm.noteHint', { count: MIN_NOTE })}
          value={note}
          maxLength={FOLLOWUP_ANSWER_LIMITS.note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={3}
          error={errors.note ?? local}
          data-testid="followup-answer-note"
        />
        <FileInput
          label={t('followups.answerForm.files', { count: FOLLOWUP_ANSWER_LIMITS.files })}
          value={files}
          multiple
          clearable
          clearButtonProps={{ 'aria-label': t('followups.answerForm.clearFiles') }}
          onChange={(v) => setFiles(v.slice(0, FOLLOWUP_ANSWER_LIMITS.files))}
          accept={DOCUMENT_TYPES.join(',')}
          error={errors.file}
          data-testid="followup-answer-file"
        />
        <Stack gap={4}>
          {links.map((l, i) => (
            <Group key={i} gap={4} wrap="nowrap" align="flex-end">
              <TextInput
                style={{ flex: 1, minWidth: 0 }}
                type="url"
                label={`${t('followups.answerForm.link')} ${i + 1}`}
                placeholder="https://"
                value={l}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setLinks((ls) => ls.map((x, j) => (j === i ? v : x)));
                }}
                error={errors[`link.${i}`] ?? (i === 0 ? errors.link : undefined)}
                data-testid="followup-answer-link"
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('followups.answerForm.removeLink')}
                onClick={() => setLinks((ls) => ls.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              disabled={links.length >= FOLLOWUP_ANSWER_LIMITS.links}
              onClick={() => setLinks((ls) => [...ls, ''])}
              data-testid="followup-answer-add-link"
            >
              {t('followups.answerForm.addLink')}
            </Button>
            {item.unitId && (
              <Button
                size="xs"
                variant="default"
                onClick={() => setPicking((p) => !p)}
                aria-expanded={picking}
                data-testid="followup-answer-library"
              >
                {t('followups.answerForm.library')}
              </Button>
            )}
          </Group>
        </Stack>
        {picking && (
          <Stack gap={4} data-testid="followup-library">
            {library.isPending ? (
              <Text size="sm" c="gray.7">
                {t('common.loading')}
              </Text>
            ) : (library.data?.items ?? []).length === 0 ? (
              <Text size="sm" c="gray.7">
                {t('followups.answerForm.libraryEmpty')}
              </Text>
            ) : (
              <Checkbox.Group
                label={t('followups.answerForm.libraryPick')}
                value={docs}
                onChange={(v) => setDocs(v.slice(0, FOLLOWUP_ANSWER_LIMITS.documents))}
                error={
                  errors.documentId ?? Object.entries(errors).find(([k]) => k.startsWith('documentId.'))?.[1]
                }
              >
                <Stack gap={4} mt={4}>
                  {(library.data?.items ?? []).map((d) => (
                    <Checkbox key={d.id} value={d.id} label={d.title} data-testid={`followup-doc-${d.id}`} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          </Stack>
        )}
        {progress !== null && (
          <LabeledProgress
            label={t('followups.answerForm.uploading')}
            value={progress}
            testId="followup-answer-progress"
          />
        )}
        <Group>
          <Button type="submit" loading={answer.isPending} data-testid="followup-answer-submit">
            {t('followups.answer')}
          </Button>
          <Text size="xs" c="gray.7">
            {t('followups.answerForm.evidenceCount', { count: evidenceCount })}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
