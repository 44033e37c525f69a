import {
  Anchor,
  Button,
  FileButton,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/contracts/activities';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { LabeledProgress } from '../../../components/ui/upload-progress';
import { checkFile } from '../../../lib/files';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { activityPhotoUrl, useRemoveActivityPhoto, useUploadActivityPhoto } from '../api/activities-api';

const PHOTO_ACCEPT = { types: ['image/jpeg', 'image/png'], extensions: ['.jpg', '.jpeg', '.png'] };

/**
 * The activity's photos as thumbnails with their captions; writers add one (caption first, then
 * the JPEG or PNG file; the server removes its metadata) or remove one.
 */
export function ActivityPhotos({ activity, canWrite }: { activity: Activity; canWrite: boolean }) {
  const { t } = useTranslation();
  const [caption, setCaption] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);
  const upload = useUploadActivityPhoto(activity.id);
  const remove = useRemoveActivityPhoto(activity.id);

  async function pick(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    const problem = checkFile(file, PHOTO_ACCEPT);
    if (problem) {
      notifyError(null, t(problem === 'type' ? 'activities.photos.badType' : 'activities.photos.tooLarge'));
      return;
    }
    setProgress(0);
    try {
      await upload.mutateAsync({ file, caption: caption.trim(), onProgress: setProgress });
      setCaption('');
      notifySuccess(t('activities.photos.added'));
    } catch (err) {
      notifyError(err, t('common.uploadFailed'));
    } finally {
      setProgress(null);
    }
  }

  async function confirmRemove() {
    if (!removing) return;
    try {
      await remove.mutateAsync(removing);
      notifySuccess(t('activities.photos.removed'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setRemoving(null);
    }
  }

  return (
    <Stack gap="sm" data-testid="activity-photos">
      {activity.photos.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('activities.photos.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {activity.photos.map((p) => {
            const url = activityPhotoUrl(activity.id, p.id);
            return (
              <Paper key={p.id} withBorder p={4} radius="sm" data-testid="activity-photo">
                <Anchor href={url} target="_blank" rel="noopener">
                  <Image
                    src={url}
                    alt={p.caption ?? t('activities.photos.alt', { name: p.originalName })}
                    h={110}
                    fit="cover"
                    radius="sm"
                  />
                </Anchor>
                <Text
                  size="xs"
                  mt={4}
                  style={{ overflowWrap: 'anywhere' }}
                  data-testid="activity-photo-caption"
                >
                  {p.caption ?? '—'}
                </Text>
                {canWrite && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red.8"
                    mt={2}
                    onClick={() => setRemoving(p.id)}
                    aria-label={t('activities.photos.removeNamed', { name: p.caption ?? p.originalName })}
                  >
                    {t('activities.photos.remove')}
                  </Button>
                )}
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
      {canWrite && (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            style={{ flex: 1, minWidth: 180 }}
            label={t('activities.photos.caption')}
            maxLength={300}
            value={caption}
            onChange={(e) => setCaption(e.currentTarget.value)}
            data-testid="activity-photo-caption-input"
          />
          <FileButton resetRef={resetRef} accept="image/jpeg,image/png" onChange={(f) => void pick(f)}>
            {(props) => (
              <Button variant="light" {...props} loading={upload.isPending} data-testid="activity-photo-add">
                {t('activities.photos.add')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {progress !== null && <LabeledProgress label={t('common.uploading')} value={progress} />}
      <ConfirmModal
        opened={removing !== null}
        title={t('activities.photos.removeTitle')}
        message={t('activities.photos.removeConfirm')}
        confirmLabel={t('activities.photos.remove')}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
        danger
        loading={remove.isPending}
      />
    </Stack>
  );
}
