import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { HomeSummary } from '../../features/home/components/home-summary';
import { useAuth } from '../../lib/auth';

/** Ombudsman roles get an overview; government-side roles go straight to their government. */
export default function HomePage() {
  const { t } = useTranslation();
  const { user, can } = useAuth();
  if (!user) return null;
  if ((user.role === 'gov_coordinator' || user.role === 'unit_pic') && user.governmentId) {
    return <Navigate to={`/governments/${user.governmentId}`} replace />;
  }
  const links = [
    { to: '/governments', label: t('nav.governments'), hint: t('home.governmentsHint') },
    ...(can('office.read') ? [{ to: '/offices', label: t('nav.offices'), hint: t('home.officesHint') }] : []),
    ...(can('user.manage') ? [{ to: '/users', label: t('nav.users'), hint: t('home.usersHint') }] : []),
    ...(can('audit.read') ? [{ to: '/audit', label: t('nav.audit'), hint: t('home.auditHint') }] : []),
  ];
  return (
    <>
      <PageHeader title={t('home.welcome', { name: user.name })} subtitle={t(`home.roleIntro.${user.role}`)} />
      <HomeSummary links={links} />
    </>
  );
}
