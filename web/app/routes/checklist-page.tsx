import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useChecklist } from '../../features/checklist/api/checklist-api';
import { ChecklistView } from '../../features/checklist/components/checklist-view';

/** Penilaian mandiri of one unit (/cycles/:id/units/:unitId/checklist) or of the government's entity-level items. */
export default function ChecklistPage() {
  const { id = '', unitId, governmentId } = useParams();
  const { t } = useTranslation();
  const checklist = useChecklist(id, { unitId, governmentId });
  const c = checklist.data;
  return (
    <QueryState
      isPending={checklist.isPending}
      error={checklist.error}
      onRetry={() => void checklist.refetch()}
    >
      {c && (
        <>
          <Anchor component={Link} to={`/cycles/${id}`} size="sm">
            ← {t('checklist.backToCycle')}
          </Anchor>
          <PageHeader
            title={<span data-testid="checklist-title">{c.unit?.name ?? t('selfProgress.entityLevel')}</span>}
            subtitle={t('checklist.subtitle')}
          />
          <ChecklistView key={`${c.cycleId}:${c.unit?.id ?? c.governmentId}`} checklist={c} />
        </>
      )}
    </QueryState>
  );
}
