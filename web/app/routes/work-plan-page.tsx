import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InternalBadge } from '../../components/ui/internal-badge';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useCycle } from '../../features/cycles/api/cycles-api';
import { WorkPlanEditor } from '../../features/internal-cycles/components/work-plan-editor';
import { useAuth } from '../../lib/auth';
import { cycleAbilities } from '../../lib/cycle-access';

/** The work plan of an internal cycle (/cycles/:id/work-plan): dates, teams and progress per unit. */
export default function WorkPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const cycle = useCycle(id);
  const c = cycle.data;
  return (
    <QueryState isPending={cycle.isPending} error={cycle.error} onRetry={() => void cycle.refetch()}>
      {c && c.kind !== 'internal' && <NotFound />}
      {c && c.kind === 'internal' && (
        <>
          <Anchor component={Link} to={`/cycles/${id}`} size="sm">
            ← {c.name}
          </Anchor>
          <PageHeader
            title={
              <>
                {t('internal.workPlan.title')} <InternalBadge kind={c.kind} size="lg" />
              </>
            }
            subtitle={`${c.name} · ${c.ownerGovernmentName ?? ''} · ${t('internal.workPlan.subtitle')}`}
          />
          <WorkPlanEditor
            cycleId={id}
            editable={cycleAbilities(user, c).internalManage && c.status !== 'published'}
            zone={c.officeTimeZone}
          />
        </>
      )}
    </QueryState>
  );
}
