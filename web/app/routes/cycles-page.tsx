import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { CycleList } from '../../features/cycles/components/cycle-list';
import { useAuth } from '../../lib/auth';

export default function CyclesPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  // Official cycles are the Ombudsman's: a coordinator's cycle.manage covers its own internal
  // cycles only, opened on the Penilaian mandiri page.
  return (
    <>
      <PageHeader title={t('cycles.title')} subtitle={t('cycles.subtitle')} />
      <CycleList canManage={user?.role === 'oversight_head' || user?.role === 'admin'} />
    </>
  );
}
