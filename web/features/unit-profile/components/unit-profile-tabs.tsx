import { Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useMaklumat, useServiceProfile } from '../api/unit-profile-api';
import { MaklumatForm } from './maklumat-form';
import { ServiceProfileForm } from './service-profile-form';
import { UnitLibrary } from './unit-library';

function ProfileTab({ unitId, canWrite }: { unitId: string; canWrite: boolean }) {
  const profile = useServiceProfile(unitId);
  return (
    <QueryState isPending={profile.isPending} error={profile.error} onRetry={() => void profile.refetch()}>
      {profile.data && (
        <ServiceProfileForm
          // A new version (saved here or elsewhere, after a reload) starts the form afresh.
          key={profile.data.rowVersion}
          profile={profile.data}
          canWrite={canWrite}
          onReload={() => void profile.refetch()}
        />
      )}
    </QueryState>
  );
}

function MaklumatTab({ unitId, canWrite }: { unitId: string; canWrite: boolean }) {
  const maklumat = useMaklumat(unitId);
  return (
    <QueryState isPending={maklumat.isPending} error={maklumat.error} onRetry={() => void maklumat.refetch()}>
      {maklumat.data && (
        <MaklumatForm
          key={maklumat.data.rowVersion}
          maklumat={maklumat.data}
          canWrite={canWrite}
          onReload={() => void maklumat.refetch()}
        />
      )}
    </QueryState>
  );
}

/** The unit page's "Profil layanan", "Maklumat" and "Pustaka bukti" tabs (issue 15). */
export function UnitProfileTabs({ unitId, canWrite }: { unitId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('profile');
  return (
    <Stack gap="sm" data-testid="unit-profile-tabs">
      <Title order={4}>{t('unitProfile.sectionTitle')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="profile" data-testid="tab-unit-profile">
            {t('unitProfile.tabs.profile')}
          </Tabs.Tab>
          <Tabs.Tab value="maklumat" data-testid="tab-unit-maklumat">
            {t('unitProfile.tabs.maklumat')}
          </Tabs.Tab>
          <Tabs.Tab value="library" data-testid="tab-unit-library">
            {t('unitProfile.tabs.library')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile">
          <ProfileTab unitId={unitId} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="maklumat">
          <MaklumatTab unitId={unitId} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="library">
          <UnitLibrary unitId={unitId} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
