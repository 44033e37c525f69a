import { Anchor, Badge, Group, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { usePeriod, type PeriodDetail } from '../../features/surveys/api/surveys-api';
import { ApplyToCycle } from '../../features/surveys/components/apply-to-cycle';
import { EntryPanel } from '../../features/surveys/components/entry-panel';
import { ImportPanel } from '../../features/surveys/components/import-panel';
import { PeriodSettings } from '../../features/surveys/components/period-settings';
import { PeriodUnits } from '../../features/surveys/components/period-units';
import { ResponsesList } from '../../features/surveys/components/responses-list';
import { ResultsView } from '../../features/surveys/components/results-view';
import { useAuth } from '../../lib/auth';
import { useFormat } from '../../lib/format';

/** One survey period: units and progress, entry, responses with review, results, import, settings. */
export default function SurveyPeriodPage() {
  const { id } = useParams();
  const period = usePeriod(id);
  return (
    <QueryState isPending={period.isPending} error={period.error} onRetry={() => void period.refetch()}>
      {period.data && <PeriodView period={period.data} />}
    </QueryState>
  );
}

function PeriodView({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'units';
  const manage = can(period.kind === 'skm' ? 'survey.skm.manage' : 'survey.perception.manage');
  const collect = can('survey.collect');
  const accepted = period.units.reduce((s, u) => s + u.accepted, 0);
  return (
    <>
      <PageHeader
        title={period.title}
        subtitle={
          <>
            {period.kind === 'skm' ? period.governmentName : period.cycleName} ·{' '}
            {f.dateRange(period.startsOn, period.endsOn)}
          </>
        }
        actions={
          <Group gap={6}>
            <Badge variant="light" color={period.kind === 'skm' ? 'blue' : 'grape'}>
              {t(`surveys.kind.${period.kind}`)}
            </Badge>
            <Badge
              variant="outline"
              color={period.status === 'open' ? 'teal' : 'gray'}
              data-testid="period-status"
            >
              {t(`surveys.status.${period.status}`)}
            </Badge>
          </Group>
        }
      />
      <Text size="sm" mb="sm" data-testid="period-total">
        {t('surveys.period.total', {
          n: f.number(accepted),
          of: f.number(period.required),
          responses: f.number(period.responses),
        })}
      </Text>
      <Anchor component={Link} to="/survei" size="sm">
        {t('surveys.period.back')}
      </Anchor>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'units' ? { tab: v } : {}, { replace: true })}
        mt="md"
        keepMounted={false}
      >
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          <Tabs.Tab value="units" data-testid="tab-units">
            {t('surveys.tabs.units')}
          </Tabs.Tab>
          {collect && (
            <Tabs.Tab value="entry" data-testid="tab-entry">
              {period.kind === 'skm' ? t('surveys.tabs.paper') : t('surveys.tabs.interview')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="responses" data-testid="tab-responses">
            {t('surveys.tabs.responses')}
          </Tabs.Tab>
          <Tabs.Tab value="results" data-testid="tab-results">
            {t('surveys.tabs.results')}
          </Tabs.Tab>
          {collect && period.kind === 'skm' && (
            <Tabs.Tab value="import" data-testid="tab-import">
              {t('surveys.tabs.import')}
            </Tabs.Tab>
          )}
          {manage && (
            <Tabs.Tab value="settings" data-testid="tab-settings">
              {t('surveys.tabs.settings')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="units" pt="md">
          <PeriodUnits period={period} canCollect={collect} />
        </Tabs.Panel>
        <Tabs.Panel value="entry" pt="md">
          <EntryPanel period={period} />
        </Tabs.Panel>
        <Tabs.Panel value="responses" pt="md">
          <ResponsesList period={period} canReview={manage} canCorrect={collect} />
        </Tabs.Panel>
        <Tabs.Panel value="results" pt="md">
          <ResultsView period={period} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportPanel periodId={period.id} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <PeriodSettings period={period} />
          {period.kind !== 'skm' && (
            <div style={{ marginTop: 24 }}>
              <ApplyToCycle period={period} />
            </div>
          )}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
