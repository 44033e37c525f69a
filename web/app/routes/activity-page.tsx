import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { useActivity } from '../../features/activities/api/activities-api';
import { ActivityView } from '../../features/activities/components/activity-view';
import { useAuth } from '../../lib/auth';

/** One activity, read (office staff may edit it, add photos or archive it). */
export default function ActivityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const activity = useActivity(id);
  return (
    <>
      <Anchor component={Link} to="/kegiatan" size="sm" mb="sm" display="inline-block">
        ← {t('activities.back')}
      </Anchor>
      <QueryState
        isPending={activity.isPending}
        error={activity.error}
        onRetry={() => void activity.refetch()}
      >
        {activity.data && <ActivityView activity={activity.data} canWrite={can('activity.write')} />}
      </QueryState>
    </>
  );
}
