import { Anchor, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useCycleInfo } from '../../features/verification/api/verification-api';
import { Improvements } from '../../features/verification/components/improvements';
import { VerificationTable } from '../../features/verification/components/verification-table';
import { Visits } from '../../features/verification/components/visits';
import { ContextToggle } from '../../features/unit-profile/components/context-toggle';
import { PreviousLine } from '../../features/cycle-history/components/previous-line';
import { InternalBadge } from '../../components/ui/internal-badge';
import { useAuth } from '../../lib/auth';
import { cycleAbilities } from '../../lib/cycle-access';

/**
 * Verification of one government in a cycle: items, field visits, improvement points. Official
 * cycles: the Ombudsman's staff verify; internal ones: the government's internal verifiers.
 */
export default function VerificationPage() {
  const { id = '', governmentId = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const cycle = useCycleInfo(id);
  const tab = params.get('tab') ?? 'items';
  const government = cycle.data?.governments.find((g) => g.id === governmentId);
  const canVerify = cycle.data ? cycleAbilities(user, cycle.data).verify : false;
  const inVerification = cycle.data?.status === 'verification';
  const before = cycle.data?.status !== 'published';
  return (
    <QueryState isPending={cycle.isPending} error={cycle.error}>
      <Anchor component={Link} to={`/cycles/${id}`} size="sm">
        ← {cycle.data?.name}
      </Anchor>
      <PageHeader
        title={
          <>
            {t('verification.title', { name: government?.name ?? '' })}{' '}
            <InternalBadge kind={cycle.data?.kind ?? 'official'} size="lg" />
          </>
        }
        subtitle={t('verification.subtitle')}
      />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'items' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="items" data-testid="tab-verify-items">
            {t('verification.tabs.items')}
          </Tabs.Tab>
          <Tabs.Tab value="visits" data-testid="tab-visits">
            {t('verification.tabs.visits')}
          </Tabs.Tab>
          <Tabs.Tab value="improvements" data-testid="tab-improvements">
            {t('verification.tabs.improvements')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="items">
          <VerificationTable
            cycleId={id}
            governmentId={governmentId}
            editable={canVerify && inVerification}
            renderContext={(item) => (
              <>
                <PreviousLine
                  cycleId={id}
                  unitId={item.unitId}
                  governmentId={item.unitId ? null : governmentId}
                  indicator={item.indicator}
                />
                <ContextToggle
                  cycleId={id}
                  unitId={item.unitId}
                  indicator={item.indicator}
                  productId={item.productId}
                />
              </>
            )}
          />
        </Tabs.Panel>
        <Tabs.Panel value="visits">
          <Visits cycleId={id} governmentId={governmentId} editable={canVerify && before} />
        </Tabs.Panel>
        <Tabs.Panel value="improvements">
          <Improvements cycleId={id} governmentId={governmentId} editable={canVerify && before} />
        </Tabs.Panel>
      </Tabs>
    </QueryState>
  );
}
