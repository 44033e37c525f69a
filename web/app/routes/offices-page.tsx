import { NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/ui/not-found';
import { PageHeader } from '../../components/ui/page-header';
import { PublicationSettings } from '../../features/followups/components/publication-settings';
import { useOffices } from '../../features/offices/api/offices-api';
import { OfficeList } from '../../features/offices/components/office-list';
import { useAuth } from '../../lib/auth';

/** The office's choice of follow-ups on the public pages (issue 17), for one office in reach. */
function FollowupPublicationSection() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const offices = useOffices(false);
  const [picked, setPicked] = useState<string | null>(null);
  const items = offices.data?.items ?? [];
  const officeId = picked ?? user?.officeId ?? items[0]?.id ?? null;
  if (!officeId) return null;
  return (
    <Stack gap="xs" mt="lg">
      {!user?.officeId && items.length > 1 && (
        <NativeSelect
          label={t('followups.publication.office')}
          value={officeId}
          onChange={(e) => setPicked(e.currentTarget.value)}
          data={items.map((o) => ({ value: o.id, label: o.name }))}
          data-testid="fu-publication-office"
        />
      )}
      <PublicationSettings key={officeId} officeId={officeId} />
    </Stack>
  );
}

export default function OfficesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('office.read')) return <NotFound />;
  return (
    <>
      <PageHeader
        title={t('offices.title')}
        subtitle={can('office.write') ? t('offices.subtitleAdmin') : t('offices.subtitle')}
      />
      <OfficeList canWrite={can('office.write')} />
      {can('followup.office.manage') && <FollowupPublicationSection />}
    </>
  );
}
