import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../shared/contracts/activities';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import type { ActivityFilters } from '../../features/activities/api/activities-api';
import { ActivityFiltersBar, ActivityList } from '../../features/activities/components/activity-list';
import { UnmetGovernments } from '../../features/activities/components/unmet-governments';
import { todayIn } from '../../../shared/format/format';
import { useAuth } from '../../lib/auth';

function filtersOf(params: URLSearchParams): ActivityFilters {
  const kind = params.get('jenis');
  const year = Number(params.get('tahun'));
  return {
    governmentId: params.get('pemerintah') || undefined,
    kind: kind && (ACTIVITY_KINDS as readonly string[]).includes(kind) ? (kind as ActivityKind) : undefined,
    year: year >= 2000 && year <= 2100 ? year : undefined,
  };
}

function paramsOf(f: ActivityFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.governmentId) out.pemerintah = f.governmentId;
  if (f.kind) out.jenis = f.kind;
  if (f.year) out.tahun = String(f.year);
  return out;
}

/** Kegiatan: the office's activities with its governments (a coordinator: its own government's). */
export default function ActivitiesPage() {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  const [params, setParams] = useSearchParams();
  if (!can('activity.read')) return <NotFound />;
  const office = user?.role !== 'gov_coordinator';
  const filters = filtersOf(params);
  return (
    <>
      <PageHeader
        title={t('activities.title')}
        subtitle={office ? t('activities.subtitleOffice') : t('activities.subtitleGovernment')}
        actions={
          can('activity.write') && (
            <Button
              component={Link}
              to={
                filters.governmentId ? `/kegiatan/baru?pemerintah=${filters.governmentId}` : '/kegiatan/baru'
              }
              data-testid="activity-new"
            >
              {t('activities.new')}
            </Button>
          )
        }
      />
      <Stack>
        {can('activity.write') && user?.officeId && (
          <UnmetGovernments
            officeId={user.officeId}
            year={filters.year ?? Number(todayIn('WIB').slice(0, 4))}
          />
        )}
        <ActivityFiltersBar
          value={filters}
          onChange={(f) => setParams(paramsOf(f), { replace: true })}
          showGovernment={office}
        />
        <ActivityList filters={filters} showGovernment={office} />
      </Stack>
    </>
  );
}
