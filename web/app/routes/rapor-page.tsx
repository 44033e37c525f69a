import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InternalBadge } from '../../components/ui/internal-badge';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useRapor } from '../../features/rapor/api/rapor-api';
import { RaporView } from '../../features/rapor/components/rapor-view';
import { RaporTaat } from '../../features/taat/components/rapor-taat';
import { SinceLastYearPanel } from '../../features/cycle-history/components/since-last-year';

/** The rapor of one government in one cycle (/cycles/:id/governments/:governmentId/rapor). */
export default function RaporPage() {
  const { id = '', governmentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const rapor = useRapor(id, governmentId);
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
                <InternalBadge kind={r.cycle.kind} size="lg" />
              </>
            }
            subtitle={`${r.cycle.year} · ${frameworkDisplayName(r.framework.name[lang], r.framework.compiledBy, lang)} · ${r.government.officeName}${r.cycle.status !== 'published' ? ` · ${t('rapor.provisional')}` : ''}`}
          />
          <RaporTaat rapor={r}>
            {(taat) => (
              <RaporView rapor={r} besideScore={taat.beside} pbbt={taat.pbbt} bandSuffix={taat.bandSuffix} />
            )}
          </RaporTaat>
          <SinceLastYearPanel cycleId={id} governmentId={governmentId} />
        </>
      )}
    </QueryState>
  );
}
