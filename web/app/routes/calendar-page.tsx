import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { CalendarView } from '../../features/calendar/components/calendar-view';
import { useAuth } from '../../lib/auth';

export default function CalendarPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('calendar.read')) return <NotFound />;
  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subtitle={can('calendar.manage') ? t('calendar.subtitleAdmin') : t('calendar.subtitle')}
      />
      <CalendarView canManage={can('calendar.manage')} />
    </>
  );
}
