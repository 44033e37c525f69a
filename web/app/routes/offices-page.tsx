import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { OfficeList } from '../../features/offices/components/office-list';
import { useAuth } from '../../lib/auth';

export default function OfficesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('office.read')) return <NotFound />;
  return (
    <>
      <PageHeader
        title={t('offices.title')}
        subtitle={can('office.write') ? t('offices.subtitleAdmin') : t('offices.subtitle')}
      />
      <OfficeList canWrite={can('office.write')} />
    </>
  );
}
