import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { BodyInbox } from '../../features/complaint-letters/components/body-inbox';
import { BodyFollowups } from '../../features/followups/components/body-followups';
import { useAuth } from '../../lib/auth';

/** /surat-ombudsman: the letters the Ombudsman sent to my government, and its corrective actions. */
export default function BodyLettersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('complaint.body')) return <NotFound />;
  return (
    <Stack>
      <PageHeader title={t('letters.inboxTitle')} subtitle={t('letters.inboxSubtitle')} />
      <BodyInbox />
      <BodyFollowups />
    </Stack>
  );
}
