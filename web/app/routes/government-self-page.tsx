import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { GovernmentProgress } from '../../features/checklist/components/government-progress';

/** Coordinator (and Ombudsman roles): self-assessment progress of a government by unit. */
export default function GovernmentSelfPage() {
  const { id = '', governmentId = '' } = useParams();
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to={`/cycles/${id}`} size="sm">
        ← {t('checklist.backToCycle')}
      </Anchor>
      <PageHeader title={t('selfProgress.title')} subtitle={t('selfProgress.subtitle')} />
      <GovernmentProgress cycleId={id} governmentId={governmentId} />
    </>
  );
}
