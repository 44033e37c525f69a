import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { UserList } from '../../features/users/components/user-list';
import { useAuth } from '../../lib/auth';

export default function UsersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('user.manage')) return <NotFound />;
  return (
    <>
      <PageHeader title={t('users.title')} subtitle={t('users.subtitle')} />
      <UserList />
    </>
  );
}
