import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useActivity } from '../../features/activities/api/activities-api';
import { ActivityForm } from '../../features/activities/components/activity-form';
import { useAuth } from '../../lib/auth';

/** Records a new activity (`/kegiatan/baru?pemerintah=`) or edits one (`/kegiatan/:id/ubah`). */
export default function ActivityFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const existing = useActivity(id);
  if (!can('activity.write')) return <NotFound />;
  const back = () => void navigate(id ? `/kegiatan/${id}` : '/kegiatan');
  return (
    <>
      <PageHeader title={id ? t('activities.editTitle') : t('activities.newTitle')} />
      {!id && (
        <Alert color="blue" mb="md">
          {t('activities.form.photosAfterSave')}
        </Alert>
      )}
      {id ? (
        <QueryState
          isPending={existing.isPending}
          error={existing.error}
          onRetry={() => void existing.refetch()}
        >
          {existing.data && (
            <ActivityForm
              key={existing.data.rowVersion}
              activity={existing.data}
              onDone={(saved) => void navigate(`/kegiatan/${saved.id}`)}
              onCancel={back}
            />
          )}
        </QueryState>
      ) : (
        <ActivityForm
          governmentId={params.get('pemerintah') ?? undefined}
          onDone={(saved) => void navigate(`/kegiatan/${saved.id}`)}
          onCancel={back}
        />
      )}
    </>
  );
}
