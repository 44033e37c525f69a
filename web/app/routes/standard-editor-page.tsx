import { Anchor, Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useStandardOverview } from '../../features/standards/api/standards-api';
import { HistoryView } from '../../features/standards/components/history-view';
import { StandardPanel } from '../../features/standards/components/standard-panel';
import { StateBadge } from '../../features/standards/components/state-badge';

/** One product's service standard (issue 15): the guided editor or the set version, and its history. */
export default function StandardEditorPage() {
  const { productId = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'history' ? 'history' : 'standard';
  const overview = useStandardOverview(productId);
  const o = overview.data;
  return (
    <QueryState isPending={overview.isPending} error={overview.error} onRetry={() => void overview.refetch()}>
      {o && (
        <>
          <PageHeader
            title={t('standards.pageTitle', { name: o.product.name })}
            subtitle={
              <Group gap={6} component="span" wrap="wrap" style={{ display: 'inline-flex' }}>
                <Anchor component={Link} to={`/units/${o.product.unitId}`} size="sm">
                  {o.product.unitName}
                </Anchor>
                <span>·</span>
                <Anchor component={Link} to={`/governments/${o.product.governmentId}/standards`} size="sm">
                  {o.product.governmentName}
                </Anchor>
              </Group>
            }
            actions={<StateBadge state={o.completeness.state} />}
          />
          <Tabs
            value={tab}
            onChange={(v) => setParams(v === 'history' ? { tab: v } : {}, { replace: true })}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="standard" data-testid="tab-standard">
                {t('standards.tabs.standard')}
              </Tabs.Tab>
              <Tabs.Tab value="history" data-testid="tab-history">
                {t('standards.tabs.history')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="standard">
              <StandardPanel overview={o} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <HistoryView productId={productId} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </QueryState>
  );
}
