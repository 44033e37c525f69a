import { Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { FormsList } from '../../features/complaint-rules/components/forms-list';
import { RulesEditor } from '../../features/complaint-rules/components/rules-editor';
import { useAuth } from '../../lib/auth';

/** /pengaduan/aturan: the complaints' deadline rules (versioned) and forms of maladministration. */
export default function ComplaintRulesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('complaint.read')) return <NotFound />;
  const canEdit = can('complaint.rules');
  return (
    <>
      <PageHeader title={t('complaintRules.title')} subtitle={t('complaintRules.subtitle')} />
      <Stack gap="xl">
        <RulesEditor canEdit={canEdit} />
        <Divider />
        <FormsList canEdit={canEdit} />
      </Stack>
    </>
  );
}
