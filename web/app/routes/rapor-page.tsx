import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InternalBadge } from '../../components/ui/internal-badge';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useCycle } from '../../features/cycles/api/cycles-api';
import { useRapor } from '../../features/rapor/api/rapor-api';
import { RaporView } from '../../features/rapor/components/rapor-view';

/** The rapor of one government in one cycle (/cycles/:id/governments/:governmentId/rapor). */
export default function RaporPage() {
  const { id = '', governmentId = '' } = useParams();
  const { t } = useTranslation();
  const rapor = useRapor(id, governmentId);
  // The cycle's kind: a government's own assessment is labelled "Penilaian mandiri" on its rapor too.
  const cycle = useCycle(id);
  const r = rapor.data;
  return (
    <QueryState isPending={rapor.isPending} error={rapor.error} onRetry={() => void rapor.refetch()}>
      {r && (
        <>
          <Anchor component={Link} to={`/cycles/${id}`} size="sm">
            ← {r.cycle.name}
          </Anchor>
          <PageHeader
            title={
              <>
                <span data-testid="rapor-title">{t('rapor.title', { name: r.government.name })}</span>{' '}
                <InternalBadge kind={cycle.data?.kind ?? 'official'} size="lg" />
              </>
            }
            subtitle={`${r.cycle.year} · ${r.framework.name.id} · ${r.government.officeName}${r.cycle.status !== 'published' ? ` · ${t('rapor.provisional')}` : ''}`}
          />
          <RaporView rapor={r} />
        </>
      )}
    </QueryState>
  );
}
