import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useInternalRanking } from '../../features/internal-results/api/internal-results-api';
import { InternalResultsView } from '../../features/internal-results/components/internal-results-view';

/** An internal cycle's results inside the government (/cycles/:id/internal-results). */
export default function InternalResultsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const ranking = useInternalRanking(id);
  const r = ranking.data;
  return (
    <QueryState isPending={ranking.isPending} error={ranking.error} onRetry={() => void ranking.refetch()}>
      {r && (
        <>
          <Anchor component={Link} to={`/cycles/${id}`} size="sm">
            ← {r.cycle.name}
          </Anchor>
          <PageHeader
            title={
              <span data-testid="internal-results-title">
                {t('internalResults.title', { name: r.cycle.government.name })}
              </span>
            }
            subtitle={`${r.cycle.year} · ${frameworkDisplayName(r.cycle.framework.name[lang], r.cycle.framework.compiledBy, lang)}`}
          />
          <InternalResultsView ranking={r} />
        </>
      )}
    </QueryState>
  );
}
