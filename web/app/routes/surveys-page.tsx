import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { PeriodList } from '../../features/surveys/components/period-list';
import { useAuth } from '../../lib/auth';

/** "Survei": the SKM and perception periods in reach, and the next steps the user may take. */
export default function SurveysPage() {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  return (
    <>
      <PageHeader
        title={t('surveys.list.title')}
        subtitle={t('surveys.list.subtitle')}
        actions={
          <>
            {can('survey.skm.manage') && user?.governmentId && (
              <Button component={Link} to="/survei/skm/baru" data-testid="survey-new-skm">
                {t('surveys.list.newSkm')}
              </Button>
            )}
            {can('survey.perception.manage') && (
              <Button component={Link} to="/survei/persepsi/baru" data-testid="survey-new-perception">
                {t('surveys.list.newPerception')}
              </Button>
            )}
            {can('survey.instrument.manage') && (
              <Button
                component={Link}
                to="/survei/instrumen"
                variant="light"
                data-testid="survey-instruments"
              >
                {t('surveys.list.instruments')}
              </Button>
            )}
          </>
        }
      />
      <PeriodList />
    </>
  );
}
