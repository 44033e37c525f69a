import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { checkFile, DOCUMENT_TYPES, formatBytes, MAX_UPLOAD_BYTES } from '../../../lib/files';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useUploadAgreementDocument } from '../api/agreements-api';

/** Upload of the signed agreement (PDF or image), checked here first, with a progress bar. */
export function DocumentUpload({ agreementId, hasDocument }: { agreementId: string; hasDocument: boolean }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);
  const upload = useUploadAgreementDocument();

  async function pick(file: File | null) {
    resetRef.current?.(); // the same file may be chosen again after a fix
    if (!file) return;
    const check = checkFile(file, {
      types: DOCUMENT_TYPES,
      extensions: ['.pdf', '.png', '.jpg', '.jpeg', '.webp'],
    });
    if (check) {
      setProblem(
        check === 'type'
          ? t('agreements.fileType')
          : t('agreements.fileSize', { max: formatBytes(MAX_UPLOAD_BYTES) }),
      );
      return;
    }
    setProblem(null);
    setProgress(0);
    try {
      await upload.mutateAsync({ id: agreementId, file, onProgress: setProgress });
      notifySuccess(t('agreements.uploaded', { name: file.name }));
    } catch (err) {
      notifyError(err, t('common.uploadFailed'));
    } finally {
      setProgress(null);
    }
  }

  return (
    <Stack gap={4}>
      <Group gap="xs">
        <FileButton
          resetRef={resetRef}
          onChange={(f) => void pick(f)}
          accept="application/pdf,image/png,image/jpeg,image/webp"
        >
          {(props) => (
            <Button
              size="compact-xs"
              variant="light"
              loading={upload.isPending}
              {...props}
              data-testid={`agreement-upload-${agreementId}`}
            >
              {hasDocument ? t('agreements.replaceDocument') : t('agreements.uploadDocument')}
            </Button>
          )}
        </FileButton>
      </Group>
      {progress !== null && (
        <LabeledProgress label={t('common.uploading')} value={progress} testId="agreement-upload-progress" />
      )}
      {problem && (
        <Text size="xs" c="red">
          {problem}
        </Text>
      )}
    </Stack>
  );
}
