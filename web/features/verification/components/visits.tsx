import {
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../components/ui/attachment-list';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { todayIn } from '../../../../shared/format/format';
import { browserZone, useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useCreateVisit,
  useSampleUnits,
  useUploadVisitPhoto,
  useVisits,
  type Visit,
} from '../api/verification-api';
import { DateField } from '../../../components/ui/date-field';

function PhotoUpload({ visit, editable }: { visit: Visit; editable: boolean }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const resetRef = useRef<() => void>(null);
  const upload = useUploadVisitPhoto();
  async function pick(files: File[]) {
    resetRef.current?.();
    for (const file of files) {
      setProgress(0);
      try {
        await upload.mutateAsync({ visitId: visit.id, file, onProgress: setProgress });
      } catch (err) {
        notifyError(err, t('common.uploadFailed'));
      }
    }
    setProgress(null);
  }
  return (
    <Stack gap={4}>
      <Group gap={4}>
        <AttachmentList
          items={visit.photos}
          size={64}
          alt={(p) => t('visits.photoAlt', { name: p.originalName })}
          testId={(p) => `visit-photo-link-${p.fileId}`}
        />
        {editable && (
          <FileButton
            resetRef={resetRef}
            multiple
            accept="image/png,image/jpeg,image/webp"
            onChange={(f) => void pick(f)}
          >
            {(props) => (
              <Button size="compact-xs" variant="light" {...props} data-testid={`visit-photo-${visit.id}`}>
                {t('visits.addPhoto')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {progress !== null && <LabeledProgress label={t('common.uploading')} value={progress} />}
    </Stack>
  );
}

/** Field visits of a government: date, unannounced or not, notes and photos. */
export function Visits({
  cycleId,
  governmentId,
  editable,
}: {
  cycleId: string;
  governmentId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const visits = useVisits(cycleId, governmentId);
  const sample = useSampleUnits(cycleId, governmentId);
  const create = useCreateVisit(cycleId, governmentId);
  const [open, setOpen] = useState(false);
  const [unitId, setUnitId] = useState('');
  const [visitedOn, setVisitedOn] = useState(() => todayIn(browserZone()));
  const [unannounced, setUnannounced] = useState(false);
  const [notes, setNotes] = useState('');
  const errors = fieldErrors(create.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await create.mutateAsync({ unitId, visitedOn, unannounced, notes: notes.trim() || undefined });
      notifySuccess(t('visits.created'));
      setOpen(false);
      setNotes('');
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <QueryState isPending={visits.isPending} error={visits.error} onRetry={() => void visits.refetch()}>
      <Stack>
        {editable && (
          <Group justify="flex-end">
            <Button onClick={() => setOpen(true)} data-testid="visit-add">
              {t('visits.add')}
            </Button>
          </Group>
        )}
        {(visits.data?.items ?? []).length === 0 && <Empty title={t('visits.empty')} />}
        {(visits.data?.items ?? []).map((v) => (
          <Paper key={v.id} withBorder p="md" data-testid={`visit-${v.id}`}>
            <Group justify="space-between">
              <Text fw={600}>
                {format.date(v.visitedOn)} · {v.unitName}
              </Text>
              {v.unannounced && <Badge color="orange">{t('visits.unannounced')}</Badge>}
            </Group>
            {v.notes && (
              <Text size="sm" mt={4}>
                {v.notes}
              </Text>
            )}
            <PhotoUpload visit={v} editable={editable} />
          </Paper>
        ))}
        <Modal opened={open} onClose={() => setOpen(false)} title={t('visits.add')}>
          <form onSubmit={submit} noValidate>
            <Stack>
              <NativeSelect
                label={t('verification.unit')}
                value={unitId}
                onChange={(e) => setUnitId(e.currentTarget.value)}
                data={[
                  { value: '', label: t('sample.pickUnit') },
                  ...(sample.data?.units ?? []).map((u) => ({ value: u.unitId, label: u.name })),
                ]}
                error={errors.unitId}
                data-testid="visit-unit"
              />
              <DateField
                label={t('visits.date')}
                value={visitedOn}
                onChange={(e) => setVisitedOn(e.currentTarget.value)}
                error={errors.visitedOn}
                data-testid="visit-date"
              />
              <Checkbox
                label={t('visits.unannounced')}
                checked={unannounced}
                onChange={(e) => setUnannounced(e.currentTarget.checked)}
                data-testid="visit-unannounced"
              />
              <Textarea
                label={t('visits.notes')}
                value={notes}
                onChange={(e) => setNotes(e.currentTarget.value)}
                autosize
                minRows={3}
                error={errors.notes}
                data-testid="visit-notes"
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setOpen(false)}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={create.isPending} data-testid="visit-submit">
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal>
      </Stack>
    </QueryState>
  );
}
