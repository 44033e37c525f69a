import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  UNIT_DOCUMENT_KIND_LABELS,
  UNIT_DOCUMENT_KINDS,
  unitDocumentFileUrl,
  type UnitDocumentKind,
} from '../../../../shared/contracts/unit-library';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { checkFile, formatBytes, MAX_UPLOAD_BYTES } from '../../../lib/files';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useArchiveUnitDocument,
  useUnitLibrary,
  useUnitProductOptions,
  useUploadUnitDocument,
} from '../api/unit-profile-api';
import { DateField } from '../../../components/ui/date-field';

const ACCEPT = {
  types: ['application/pdf', 'image/png', 'image/jpeg'],
  extensions: ['.pdf', '.png', '.jpg', '.jpeg'],
};

/** The upload form of the library: kind, title, product (optional), date, file. */
function UploadForm({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [kind, setKind] = useState<UnitDocumentKind>('foto_standar');
  const [title, setTitle] = useState('');
  const [productId, setProductId] = useState('');
  const [madeOn, setMadeOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const products = useUnitProductOptions(unitId, true);
  const upload = useUploadUnitDocument(unitId);
  const errors = fieldErrors(upload.error);

  async function submit() {
    if (!file) return setProblem(t('unitProfile.library.chooseFile'));
    const bad = checkFile(file, ACCEPT);
    if (bad)
      return setProblem(
        bad === 'type'
          ? t('unitProfile.library.fileType', { name: file.name })
          : t('evidence.fileSize', { name: file.name, max: formatBytes(MAX_UPLOAD_BYTES) }),
      );
    setProblem(null);
    setProgress(0);
    try {
      await upload.mutateAsync({
        file,
        meta: { kind, title: title.trim(), productId: productId || undefined, madeOn: madeOn || undefined },
        onProgress: setProgress,
      });
      notifySuccess(t('unitProfile.library.uploaded'));
      setTitle('');
      setFile(null);
    } catch (err) {
      notifyError(err, t('common.uploadFailed'));
    } finally {
      setProgress(null);
    }
  }

  return (
    <Paper withBorder p="sm" radius="md" data-testid="library-upload">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NativeSelect
            label={t('unitProfile.library.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as UnitDocumentKind)}
            data={UNIT_DOCUMENT_KINDS.map((k) => ({ value: k, label: UNIT_DOCUMENT_KIND_LABELS[k][lang] }))}
            error={errors.kind}
            data-testid="library-kind"
          />
          <TextInput
            label={t('unitProfile.library.docTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            required
            data-testid="library-title"
          />
          <NativeSelect
            label={t('unitProfile.library.product')}
            value={productId}
            onChange={(e) => setProductId(e.currentTarget.value)}
            data={[
              { value: '', label: t('unitProfile.library.noProduct') },
              ...(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
            error={errors.productId}
            data-testid="library-product"
          />
          <DateField
            label={t('unitProfile.library.madeOn')}
            value={madeOn}
            onChange={(e) => setMadeOn(e.currentTarget.value)}
            error={errors.madeOn}
            data-testid="library-made-on"
          />
        </SimpleGrid>
        <FileInput
          label={t('unitProfile.library.file')}
          value={file}
          onChange={setFile}
          accept="application/pdf,image/png,image/jpeg"
          error={problem ?? errors.file}
          clearable
          data-testid="library-file"
        />
        {progress !== null && (
          <LabeledProgress
            label={`${t('common.uploading')} ${file?.name ?? ''}`}
            value={progress}
            testId="library-progress"
          />
        )}
        <Group justify="flex-end">
          <Button
            onClick={() => void submit()}
            loading={upload.isPending}
            disabled={!title.trim()}
            data-testid="library-submit"
          >
            {t('unitProfile.library.upload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A unit's evidence library: the documents kept once, their upload and archive. */
export function UnitLibrary({ unitId, canWrite }: { unitId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormat();
  const library = useUnitLibrary(unitId);
  const archive = useArchiveUnitDocument(unitId);
  const items = library.data?.items ?? [];
  return (
    <Stack gap="md" data-testid="unit-library">
      <Text size="sm" c="dimmed">
        {t('unitProfile.library.hint')}
      </Text>
      {canWrite && <UploadForm unitId={unitId} />}
      <QueryState isPending={library.isPending} error={library.error} onRetry={() => void library.refetch()}>
        {items.length === 0 ? (
          <Empty
            title={t('unitProfile.library.empty')}
            hint={canWrite ? t('unitProfile.library.emptyHintWrite') : undefined}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="library-list">
            {items.map((d) => (
              <Paper key={d.id} withBorder p="sm" radius="md" data-testid={`library-doc-${d.id}`}>
                <Stack gap={4}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Badge variant="light" size="sm" style={{ whiteSpace: 'normal', height: 'auto' }}>
                      {UNIT_DOCUMENT_KIND_LABELS[d.kind][lang]}
                    </Badge>
                    {canWrite && (
                      <Tooltip label={t('unitProfile.library.archive')}>
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          color="red"
                          aria-label={`${t('unitProfile.library.archive')}: ${d.title}`}
                          loading={archive.isPending && archive.variables === d.id}
                          onClick={() =>
                            archive.mutate(d.id, {
                              onSuccess: () => notifySuccess(t('unitProfile.library.archived')),
                              onError: (err) => notifyError(err, t('common.saveFailed')),
                            })
                          }
                        >
                          ×
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                  <Anchor href={unitDocumentFileUrl(d.id)} target="_blank" rel="noopener" fw={600} size="sm">
                    {d.title}
                  </Anchor>
                  {d.productName && (
                    <Text size="xs" c="dimmed">
                      {d.productName}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {[d.madeOn ? format.date(d.madeOn) : null, d.originalName, format.bytes(d.size)]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  );
}
