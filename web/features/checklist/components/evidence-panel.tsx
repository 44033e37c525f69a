import {
  ActionIcon,
  Anchor,
  Button,
  FileButton,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { checkFile, DOCUMENT_TYPES, formatBytes, MAX_UPLOAD_BYTES } from '../../../lib/files';
import { useFormat } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { evidenceUrl, useArchiveEvidence, useUploadEvidence, type ChecklistItem } from '../api/checklist-api';

const ACCEPT = { types: DOCUMENT_TYPES, extensions: ['.pdf', '.png', '.jpg', '.jpeg', '.webp'] };

/** Evidence of one answer: thumbnails/links, remove, and uploads (several files) with the date the evidence was made. */
export function EvidencePanel({ item, editable }: { item: ChecklistItem; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [madeOn, setMadeOn] = useState('');
  const [uploads, setUploads] = useState<Array<{ name: string; progress: number }>>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);
  const upload = useUploadEvidence();
  const archive = useArchiveEvidence();

  async function pick(files: File[]) {
    resetRef.current?.();
    const bad = files.find((f) => checkFile(f, ACCEPT) !== null);
    if (bad) {
      setProblem(
        checkFile(bad, ACCEPT) === 'type'
          ? t('evidence.fileType', { name: bad.name })
          : t('evidence.fileSize', { name: bad.name, max: formatBytes(MAX_UPLOAD_BYTES) }),
      );
      return;
    }
    setProblem(null);
    for (const file of files) {
      setUploads((u) => [...u, { name: file.name, progress: 0 }]);
      try {
        await upload.mutateAsync({
          answerId: item.answerId,
          file,
          madeOn,
          onProgress: (p) =>
            setUploads((u) => u.map((x) => (x.name === file.name ? { ...x, progress: p } : x))),
        });
      } catch (err) {
        notifyError(err, t('common.uploadFailed'));
      } finally {
        setUploads((u) => u.filter((x) => x.name !== file.name));
      }
    }
  }

  return (
    <Stack gap={6}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {t('evidence.title')} ({item.evidence.length})
      </Text>
      {item.evidence.length > 0 && (
        <Group gap="xs" data-testid={`evidence-list-${item.answerId}`}>
          {item.evidence.map((e) => (
            <Paper key={e.id} withBorder p={4} w={132} data-testid={`evidence-${e.id}`}>
              <Anchor href={evidenceUrl(e.id)} target="_blank" rel="noopener" size="xs">
                {e.mimeType.startsWith('image/') ? (
                  <Image src={evidenceUrl(e.id)} alt={e.originalName} h={72} fit="cover" radius="sm" />
                ) : (
                  <Text size="xl" ta="center" h={72} pt="md">
                    PDF
                  </Text>
                )}
                <Text size="xs" lineClamp={1} title={e.originalName}>
                  {e.originalName}
                </Text>
              </Anchor>
              <Group justify="space-between" gap={2} wrap="nowrap">
                <Text size="10px" c="dimmed">
                  {e.madeOn
                    ? t('evidence.madeOnShort', { date: format.date(e.madeOn) })
                    : formatBytes(e.size)}
                </Text>
                {editable && (
                  <Tooltip label={t('evidence.remove')}>
                    <ActionIcon
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('evidence.remove')}
                      loading={archive.isPending && archive.variables === e.id}
                      onClick={() =>
                        archive.mutate(e.id, { onError: (err) => notifyError(err, t('common.saveFailed')) })
                      }
                      data-testid={`evidence-remove-${e.id}`}
                    >
                      ×
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Paper>
          ))}
        </Group>
      )}
      {editable && (
        <Group align="flex-end" gap="xs">
          <TextInput
            type="date"
            size="xs"
            label={t('evidence.madeOn')}
            value={madeOn}
            onChange={(e) => setMadeOn(e.currentTarget.value)}
            data-testid={`evidence-date-${item.answerId}`}
          />
          <FileButton
            resetRef={resetRef}
            multiple
            onChange={(files) => void pick(files)}
            accept="application/pdf,image/png,image/jpeg,image/webp"
            inputProps={{ 'data-testid': `evidence-input-${item.answerId}` } as React.ComponentProps<'input'>}
          >
            {(props) => (
              <Button size="xs" variant="light" {...props} data-testid={`evidence-upload-${item.answerId}`}>
                {t('evidence.upload')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {uploads.map((u) => (
        <LabeledProgress
          key={u.name}
          label={`${t('common.uploading')} ${u.name}`}
          value={u.progress}
          testId="evidence-progress"
        />
      ))}
      {problem && (
        <Text size="xs" c="red">
          {problem}
        </Text>
      )}
    </Stack>
  );
}
