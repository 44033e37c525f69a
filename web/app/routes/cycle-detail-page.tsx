import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';
import { Anchor, Paper, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useCycle } from '../../features/cycles/api/cycles-api';
import { CycleActions } from '../../features/cycles/components/cycle-actions';
import { CycleGovernments } from '../../features/cycles/components/cycle-governments';
import { CycleProgress } from '../../features/cycles/components/cycle-progress';
import { CycleResults } from '../../features/cycles/components/cycle-results';
import { MyTasks } from '../../features/cycles/components/my-tasks';
import { PhaseStepper } from '../../features/cycles/components/phase-stepper';
import { useAuth } from '../../lib/auth';
import { frameworkQuery } from '../../lib/framework-definitions';
import { useFormat } from '../../lib/format';

const TABS = ['tasks', 'governments', 'progress', 'results'] as const;
type Tab = (typeof TABS)[number];

/** One cycle: phase stepper and actions; tabs for the sample, progress and results (or the user's tasks). */
export default function CycleDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user, can } = useAuth();
  const [params, setParams] = useSearchParams();
  const cycle = useCycle(id);
  // The subtitle names the framework version (its id only until the name has loaded).
  const framework = useQuery({
    ...frameworkQuery(cycle.data?.frameworkId ?? ''),
    enabled: Boolean(cycle.data),
    staleTime: Infinity,
  });
  const frameworkName =
    framework.data &&
    frameworkDisplayName(
      framework.data.nameLocalized[i18n.language === 'en' ? 'en' : 'id'],
      framework.data.compiledBy,
      i18n.language,
    );
  const format = useFormat(cycle.data?.officeTimeZone);
  const governmentRole = user?.role === 'gov_coordinator' || user?.role === 'unit_pic';
  const visible: Record<Tab, boolean> = {
    tasks: governmentRole,
    governments: !governmentRole,
    progress: true,
    results: true,
  };
  const fallback: Tab = governmentRole ? 'tasks' : 'governments';
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) && visible[requested] ? requested : fallback;

  return (
    <QueryState isPending={cycle.isPending} error={cycle.error} onRetry={() => void cycle.refetch()}>
      {cycle.data && (
        <>
          <Anchor component={Link} to="/cycles" size="sm">
            ← {t('cycles.title')}
          </Anchor>
          <PageHeader
            title={<span data-testid="cycle-title">{cycle.data.name}</span>}
            subtitle={`${cycle.data.year} · ${frameworkName ?? cycle.data.frameworkId} · ${cycle.data.officeName}`}
            actions={
              <CycleActions
                cycle={cycle.data}
                canManage={can('cycle.manage')}
                canApprove={user?.role === 'oversight_head' || user?.role === 'admin'}
                canRecompute={user?.role === 'admin'}
              />
            }
          />
          <Paper withBorder p="md" mb="md">
            <PhaseStepper cycle={cycle.data} />
            {cycle.data.status === 'published' && (
              <Text size="sm" c="teal" mt="xs" data-testid="cycle-published">
                {t('cycles.publishedOn', { date: format.date(cycle.data.publishedAt) })}
              </Text>
            )}
          </Paper>
          <Tabs
            value={tab}
            onChange={(v) => setParams(v && v !== fallback ? { tab: v } : {}, { replace: true })}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {visible.tasks && (
                <Tabs.Tab value="tasks" data-testid="tab-tasks">
                  {t('cycles.tabs.tasks')}
                </Tabs.Tab>
              )}
              {visible.governments && (
                <Tabs.Tab value="governments" data-testid="tab-governments">
                  {t('cycles.tabs.governments')}
                </Tabs.Tab>
              )}
              <Tabs.Tab value="progress" data-testid="tab-progress">
                {t('cycles.tabs.progress')}
              </Tabs.Tab>
              <Tabs.Tab value="results" data-testid="tab-results">
                {t('cycles.tabs.results')}
              </Tabs.Tab>
            </Tabs.List>
            {visible.tasks && (
              <Tabs.Panel value="tasks">
                <MyTasks cycle={cycle.data} coordinator={user?.role === 'gov_coordinator'} />
              </Tabs.Panel>
            )}
            {visible.governments && (
              <Tabs.Panel value="governments">
                <CycleGovernments
                  cycle={cycle.data}
                  canManage={can('cycle.manage')}
                  canVerify={!governmentRole}
                />
              </Tabs.Panel>
            )}
            <Tabs.Panel value="progress">
              <CycleProgress cycle={cycle.data} review={!governmentRole} />
            </Tabs.Panel>
            <Tabs.Panel value="results">
              <CycleResults cycle={cycle.data} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </QueryState>
  );
}
