import { Divider, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { UnitContacts } from '../../features/contacts/components/unit-contacts';
import { UnitProducts } from '../../features/products/components/unit-products';
import { UnitProfileTabs } from '../../features/unit-profile/components/unit-profile-tabs';
import { UnitStandards } from '../../features/standards/components/unit-standards';
import { useUnit } from '../../features/units/api/units-api';
import { UnitDetails } from '../../features/units/components/unit-details';
import { UnitClosedNotice, UnitHistoryPanel } from '../../features/units/components/unit-history-panel';
import { useAuth } from '../../lib/auth';

/** One unit: details, its service products, its contact persons and its history (renames, merges, splits, past results). A 404 shows "not found or no access". */
export default function UnitPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const unit = useUnit(id);
  return (
    <QueryState isPending={unit.isPending} error={unit.error} onRetry={() => void unit.refetch()}>
      {unit.data && (
        <Stack gap="xl">
          <UnitDetails unit={unit.data} canWrite={can('unit.write')} />
          <UnitClosedNotice unit={unit.data} />
          <UnitProducts unitId={id} canWrite={can('product.write') && !unit.data.archivedAt} />
          <UnitStandards unitId={id} governmentId={unit.data.governmentId} />
          <Divider />
          <UnitProfileTabs unitId={id} canWrite={can('unit.profile.write') && !unit.data.archivedAt} />
          <Divider />
          <UnitContacts
            unitId={id}
            canWrite={can('contact.write') && !unit.data.archivedAt}
            canCreateAccount={can('contact.account')}
          />
          <UnitHistoryPanel unit={unit.data} canReorganise={can('unit.reorganise')} />
        </Stack>
      )}
    </QueryState>
  );
}
