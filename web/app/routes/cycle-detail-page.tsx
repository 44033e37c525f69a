import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';
import { Anchor, Paper, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { InternalBadge } from '../../components/ui/internal-badge';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { useCycle } from '../../features/cycles/api/cycles-api';
import { CycleActions } from '../../features/cycles/components/cycle-actions';
import { CycleGovernments } from '../../features/cycles/components/cycle-governments';
import { CycleProgress } from '../../features/cycles/components/cycle-progress';
import { CycleResults } from '../../features/cycles/components/cycle-results';
import { MyTasks } from '../../features/cycles/components/my-tasks';
import { PhaseStepper } from '../../features/cycles/components/phase-stepper';
import { InternalCyclePanel } from '../../features/internal-cycles/components/internal-cycle-panel';
import { ReleasePanel } from '../../features/releases/components/release-panel';
import { useAuth } from '../../lib/auth';
import { cycleAbilities } from '../../lib/cycle-access';
import { frameworkQuery } from '../../lib/framework-definitions';
import { useFormat } from '../../lib/format';

const TABS = ['tasks', 'governments', 'progress', 'results', 'releases'] as const;
type Tab = (typeof TABS)[number];

/**
 * One cycle: phase stepper and actions; tabs for the sample, progress and results (or the user's
 * tasks). An internal cycle (penilaian mandiri) is labelled so and adds its owner, work plan,
 * results inside the government and sharing with the office.
 */
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
  const may = cycleAbilities(user, {
    kind: cycle.data?.kind ?? 'official',
    ownerGovernmentId: cycle.data?.ownerGovernmentId ?? null,
  });
  const governmentRole = may.governmentSide;
  const visible: Record<Tab, boolean> = {
    tasks: governmentRole,
    governments: !governmentRole,
    progress: true,
    // An internal cycle's results are the government's own page (/cycles/:id/internal-results):
    // its ranking of units, not the office's dashboard of governments.
    results: cycle.data?.kind !== 'internal',
    // Releasing to the public portal (issue 13): a published official cycle, office heads and admins.
    releases: cycle.data?.kind === 'official' && cycle.data.status === 'published' && can('result.release'),
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
            title={
              <>
                <span data-testid="cycle-title">{cycle.data.name}</span>{' '}
                <InternalBadge kind={cycle.data.kind} size="lg" />
              </>
            }
            subtitle={`${cycle.data.year} · ${frameworkName ?? cycle.data.frameworkId} · ${
              cycle.data.kind === 'internal' ? cycle.data.ownerGovernmentName : cycle.data.officeName
            }`}
            actions={
              <CycleActions
                cycle={cycle.data}
                canManage={may.manage}
                canApprove={may.approve}
                canRecompute={may.recompute}
              />
            }
          />
          {cycle.data.kind === 'internal' && (
            <InternalCyclePanel cycle={cycle.data} canManage={may.internalManage} />
          )}
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
              {visible.results && (
                <Tabs.Tab value="results" data-testid="tab-results">
                  {t('cycles.tabs.results')}
                </Tabs.Tab>
              )}
              {visible.releases && (
                <Tabs.Tab value="releases" data-testid="tab-releases">
                  {t('releases.title')}
                </Tabs.Tab>
              )}
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
                  canManage={may.manage}
                  // The verification page opens read-only for the assessing side who may not verify.
                  canVerify={may.verify || !governmentRole}
                />
              </Tabs.Panel>
            )}
            <Tabs.Panel value="progress">
              <CycleProgress cycle={cycle.data} review={!governmentRole} />
            </Tabs.Panel>
            {visible.results && (
              <Tabs.Panel value="results">
                <CycleResults cycle={cycle.data} />
              </Tabs.Panel>
            )}
            {visible.releases && (
              <Tabs.Panel value="releases">
                <ReleasePanel cycle={cycle.data} />
              </Tabs.Panel>
            )}
          </Tabs>
        </>
      )}
    </QueryState>
  );
}
