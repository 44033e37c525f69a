import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PerceptionPeriodForm } from '../../features/surveys/components/perception-period-form';
import { SkmPeriodForm } from '../../features/surveys/components/skm-period-form';
import { useAuth } from '../../lib/auth';

/** Opens a period: an SKM for the coordinator's government, or a perception survey for an office's cycle. */
export default function SurveysNewPage({ kind }: { kind: 'skm' | 'perception' }) {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  const navigate = useNavigate();
  const done = (p: { id: string }) => void navigate(`/survei/${p.id}`);
  if (kind === 'skm') {
    return (
      <>
        <PageHeader title={t('surveys.form.skmTitle')} subtitle={t('surveys.form.skmSubtitle')} />
        {can('survey.skm.manage') && user?.governmentId ? (
          <SkmPeriodForm governmentId={user.governmentId} onDone={done} />
        ) : (
          <Alert color="gray">{t('surveys.form.notAllowed')}</Alert>
        )}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('surveys.perception.title')} subtitle={t('surveys.perception.subtitle')} />
      {can('survey.perception.manage') ? (
        <PerceptionPeriodForm onDone={done} />
      ) : (
        <Alert color="gray">{t('surveys.form.notAllowed')}</Alert>
      )}
    </>
  );
}
