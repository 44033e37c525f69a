import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { JobList } from '../../features/jobs/components/job-list';
import { MailOutbox } from '../../features/notifications/components/mail-outbox';
import { useAuth } from '../../lib/auth';

export default function JobsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('jobs.manage')) return <NotFound />;
  return (
    <>
      <PageHeader title={t('jobs.title')} subtitle={t('jobs.subtitle')} />
      <JobList />
      <Box mt="lg">
        <MailOutbox />
      </Box>
    </>
  );
}
