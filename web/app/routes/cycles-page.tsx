import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { CycleList } from '../../features/cycles/components/cycle-list';
import { useAuth } from '../../lib/auth';

export default function CyclesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  return (
    <>
      <PageHeader title={t('cycles.title')} subtitle={t('cycles.subtitle')} />
      <CycleList canManage={can('cycle.manage')} />
    </>
  );
}
