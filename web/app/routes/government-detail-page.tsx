import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { GovernmentActivities } from '../../features/activities/components/government-activities';
import { AgreementList } from '../../features/agreements/components/agreement-list';
import { AuditLog } from '../../features/audit/components/audit-log';
import { GovernmentContacts } from '../../features/contacts/components/government-contacts';
import { useGovernment } from '../../features/governments/api/governments-api';
import { GovernmentHeader } from '../../features/governments/components/government-header';
import { GovernmentFollowupReports } from '../../features/followup-reports/components/government-followup-reports';
import { PeoplePanel } from '../../features/people/components/people-panel';
import { ImportWizard } from '../../features/imports/components/import-wizard';
import { EarlierFigures } from '../../features/releases/components/earlier-figures';
import { GovernmentProducts } from '../../features/products/components/government-products';
import { GovernmentStandardsSection } from '../../features/standards/components/government-standards-section';
import { UnitTree } from '../../features/units/components/unit-tree';
import { zoneOfRegion } from '../../../shared/format/time-zones';
import { useAuth } from '../../lib/auth';

const TABS = [
  'units',
  'products',
  'contacts',
  'agreements',
  'activities',
  'official',
  'import',
  'audit',
] as const;
type Tab = (typeof TABS)[number];

/** One government: its units (tree), products, PICs, agreements, import/export and audit log. */
export default function GovernmentDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user, can } = useAuth();
  const [params, setParams] = useSearchParams();
  const gov = useGovernment(id);

  const visible: Record<Tab, boolean> = {
    units: true,
    products: true,
    contacts: true,
    agreements: can('agreement.read'),
    // Kegiatan (issue 15): the office's bimtek, visits and audiences with this government.
    activities: can('activity.read'),
    // Official results announced by the Ombudsman, earlier years included (issue 13).
    official: can('result.release'),
    import: can('export.read'),
    audit: can('audit.read'),
  };
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) && visible[requested] ? requested : 'units';
  const ownGovernment =
    user?.governmentId === id && (user.role === 'gov_coordinator' || user.role === 'unit_pic');

  return (
    <QueryState isPending={gov.isPending} error={gov.error} onRetry={() => void gov.refetch()}>
      {gov.data && (
        <>
          <GovernmentHeader
            government={gov.data}
            canWrite={can('government.write')}
            canChooseOffice={user?.role === 'admin'}
            showBackLink={!ownGovernment}
          />
          <GovernmentStandardsSection governmentId={id} />
          <GovernmentFollowupReports governmentId={id} />
          <Tabs
            value={tab}
            onChange={(v) => setParams(v && v !== 'units' ? { tab: v } : {}, { replace: true })}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="units" data-testid="tab-units">
                {t('tabs.units')}
              </Tabs.Tab>
              <Tabs.Tab value="products" data-testid="tab-products">
                {t('tabs.products')}
              </Tabs.Tab>
              <Tabs.Tab value="contacts" data-testid="tab-contacts">
                {t('tabs.contacts')}
              </Tabs.Tab>
              {visible.agreements && (
                <Tabs.Tab value="agreements" data-testid="tab-agreements">
                  {t('tabs.agreements')}
                </Tabs.Tab>
              )}
              {visible.activities && (
                <Tabs.Tab value="activities" data-testid="tab-activities">
                  {t('tabs.activities')}
                </Tabs.Tab>
              )}
              {visible.official && (
                <Tabs.Tab value="official" data-testid="tab-official">
                  {t('releases.earlier.title')}
                </Tabs.Tab>
              )}
              {visible.import && (
                <Tabs.Tab value="import" data-testid="tab-import">
                  {can('import.write') ? t('tabs.import') : t('tabs.export')}
                </Tabs.Tab>
              )}
              {visible.audit && (
                <Tabs.Tab value="audit" data-testid="tab-audit">
                  {t('tabs.audit')}
                </Tabs.Tab>
              )}
            </Tabs.List>
            <Tabs.Panel value="units">
              <UnitTree governmentId={id} canWrite={can('unit.write')} />
            </Tabs.Panel>
            <Tabs.Panel value="products">
              <GovernmentProducts governmentId={id} />
            </Tabs.Panel>
            <Tabs.Panel value="contacts">
              {can('people.manage') && <PeoplePanel governmentId={id} />}
              <GovernmentContacts governmentId={id} />
            </Tabs.Panel>
            {visible.agreements && (
              <Tabs.Panel value="agreements">
                <AgreementList governmentId={id} canWrite={can('agreement.write')} />
              </Tabs.Panel>
            )}
            {visible.activities && (
              <Tabs.Panel value="activities">
                <GovernmentActivities governmentId={id} canWrite={can('activity.write')} />
              </Tabs.Panel>
            )}
            {visible.official && (
              <Tabs.Panel value="official">
                <EarlierFigures governmentId={id} />
              </Tabs.Panel>
            )}
            {visible.import && (
              <Tabs.Panel value="import">
                <ImportWizard governmentId={id} canImport={can('import.write')} />
              </Tabs.Panel>
            )}
            {visible.audit && (
              <Tabs.Panel value="audit">
                <AuditLog
                  governmentId={id}
                  showFilter={false}
                  timeZone={gov.data ? zoneOfRegion(gov.data.regionCode) : undefined}
                />
              </Tabs.Panel>
            )}
          </Tabs>
        </>
      )}
    </QueryState>
  );
}
