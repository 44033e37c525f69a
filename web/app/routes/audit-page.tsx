import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { AuditLog } from '../../features/audit/components/audit-log';
import { useAuth } from '../../lib/auth';

export default function AuditPage() {
  const { t } = useTranslation();
  const { can, user } = useAuth();
  if (!can('audit.read')) return <NotFound />;
  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditLog showFilter={user?.role === 'admin'} />
    </>
  );
}
