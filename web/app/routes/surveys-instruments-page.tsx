import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { InstrumentsAdmin } from '../../features/surveys/components/instruments-admin';

export default function SurveysInstrumentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('surveys.instruments.title')} subtitle={t('surveys.instruments.subtitle')} />
      <InstrumentsAdmin />
    </>
  );
}
