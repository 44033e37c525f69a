import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { GovernmentList } from '../../features/governments/components/government-list';
import { useAuth } from '../../lib/auth';

export default function GovernmentsPage() {
  const { t } = useTranslation();
  const { can, user } = useAuth();
  return (
    <>
      <PageHeader title={t('governments.title')} subtitle={t('governments.subtitle')} />
      <GovernmentList canWrite={can('government.write')} canChooseOffice={user?.role === 'admin'} />
    </>
  );
}
