import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { FrameworkList } from '../../features/frameworks/components/framework-list';

export default function FrameworksPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('frameworks.title')} subtitle={t('frameworks.subtitle')} />
      <FrameworkList />
    </>
  );
}
