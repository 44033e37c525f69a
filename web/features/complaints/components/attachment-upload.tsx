import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { FileButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { checkFile, DOCUMENT_TYPES } from '../../../lib/files';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useUploadAttachment } from '../api/complaints-api';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../api/types';

/**
 * What the server accepts (server/lib/file-sniff.ts: PDF, PNG, JPEG, WebP — it sniffs the bytes
 * again): a chat export goes in as its PDF print or screenshots.
 */
const ACCEPT = { types: DOCUMENT_TYPES, extensions: ['.pdf', '.png', '.jpg', '.jpeg', '.webp'] };

/** Attach a file to a case with its kind (the letter, the chat export, proof…). */
export function AttachmentUpload({
  complaintId,
  defaultKind = 'lainnya',
}: {
  complaintId: string;
  defaultKind?: AttachmentKind;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AttachmentKind>(defaultKind);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useUploadAttachment(complaintId);

  async function send(file: File | null) {
    if (!file) return;
    const bad = checkFile(file, ACCEPT);
    setProblem(bad ? t(`complaints.attachments.bad.${bad}`) : null);
    if (bad) return;
    setProgress(0);
    try {
      await upload.mutateAsync({ file, kind, onProgress: setProgress });
      notifySuccess(t('complaints.attachments.uploaded', { name: file.name }));
    } catch (err) {
      notifyError(err, t('common.uploadFailed'));
    } finally {
      setProgress(null);
    }
  }

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs" wrap="wrap">
        <NativeSelect
          label={t('complaints.attachments.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as AttachmentKind)}
          data={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`complaints.attachments.kinds.${k}`) }))}
          data-testid="cx-attach-kind"
        />
        <FileButton onChange={(f) => void send(f)} accept={ACCEPT.extensions.join(',')}>
          {(props) => (
            <Button {...props} variant="light" loading={upload.isPending} data-testid="cx-attach-file">
              {t('complaints.attachments.choose')}
            </Button>
          )}
        </FileButton>
      </Group>
      {problem && (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      )}
      {progress !== null && <LabeledProgress label={t('common.uploading')} value={progress} />}
    </Stack>
  );
}
