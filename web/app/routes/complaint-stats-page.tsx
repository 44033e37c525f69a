import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { ComplaintStatsView } from '../../features/complaint-stats/components/complaint-stats-view';
import '../../features/complaint-stats/i18n';
import { useAuth } from '../../lib/auth';

export default function ComplaintStatsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('complaint.read')) return <NotFound />;
  return (
    <>
      <PageHeader title={t('complaintStats.title')} subtitle={t('complaintStats.subtitle')} />
      <ComplaintStatsView />
    </>
  );
}
