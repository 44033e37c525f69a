import { Anchor } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useChecklist } from '../../features/checklist/api/checklist-api';
import { ChecklistView } from '../../features/checklist/components/checklist-view';
import type { ItemExtra } from '../../features/checklist/components/checklist-item';
import { ChecklistItemExtra } from '../../features/unit-profile/components/checklist-item-extra';
import { SkmContextPanel } from '../../features/surveys/components/skm-context-panel';
import { PreviousLine } from '../../features/cycle-history/components/previous-line';
import { checklistKeys } from '../../../shared/contracts/assessments-checklist';

/** Penilaian mandiri of one unit (/cycles/:id/units/:unitId/checklist) or of the government's entity-level items. */
export default function ChecklistPage() {
  const { id = '', unitId, governmentId } = useParams();
  const { t } = useTranslation();
  const checklist = useChecklist(id, { unitId, governmentId });
  const c = checklist.data;
  const qc = useQueryClient();
  const unit = c?.unit?.id ?? null;
  // Stable, so the memoised item cards do not all re-render: last cycle's value and follow-up (issue 17),
  // the standards context and the library picker.
  const gov = c?.governmentId ?? null;
  const renderExtra = useCallback<ItemExtra>(
    (item, editable) => (
      <>
        <PreviousLine
          cycleId={id}
          unitId={unit}
          governmentId={unit ? null : gov}
          indicator={item.indicator}
        />
        {unit && (
          <ChecklistItemExtra
            cycleId={id}
            unitId={unit}
            item={item}
            editable={editable}
            onAttached={() => qc.invalidateQueries({ queryKey: checklistKeys.all })}
          />
        )}
        <SkmContextPanel cycleId={id} governmentId={gov} indicator={item.indicator} />
      </>
    ),
    [id, unit, gov, qc],
  );
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
          <ChecklistView
            key={`${c.cycleId}:${c.unit?.id ?? c.governmentId}`}
            checklist={c}
            renderItemExtra={renderExtra}
          />
        </>
      )}
    </QueryState>
  );
}
