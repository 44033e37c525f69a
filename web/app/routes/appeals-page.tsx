import { Alert, Anchor, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { ScoreHistory } from '../../components/ui/score-history';
import { useAppeals, useCycleInfo, useScoreHistory } from '../../features/appeals/api/appeals-api';
import { AppealList } from '../../features/appeals/components/appeal-list';
import { ContestItems } from '../../features/appeals/components/contest-items';
import { useAuth } from '../../lib/auth';

/** Banding: the coordinator contests verified items; the assessor answers; every change is a score version. */
export default function AppealsPage() {
  const { id = '', governmentId = '' } = useParams();
  const { t } = useTranslation();
  const { can, user } = useAuth();
  const cycle = useCycleInfo(id);
  const appeals = useAppeals(id, governmentId);
  // Ombudsman roles see scores at every phase; government roles once the results are published.
  const seesScores =
    ['admin', 'oversight_head', 'assessor'].includes(user?.role ?? '') || cycle.data?.status === 'published';
  const history = useScoreHistory(id, governmentId, seesScores);
  const inAppeal = cycle.data?.status === 'appeal';
  const government = cycle.data?.governments.find((g) => g.id === governmentId);
  return (
    <QueryState isPending={cycle.isPending || appeals.isPending} error={cycle.error ?? appeals.error}>
      <Anchor component={Link} to={`/cycles/${id}`} size="sm">
        ← {cycle.data?.name}
      </Anchor>
      <PageHeader
        title={t('appeals.title', { name: government?.name ?? '' })}
        subtitle={t('appeals.subtitle')}
      />
      <Stack>
        {!inAppeal && <Alert color="gray">{t('appeals.notInPhase')}</Alert>}
        {can('assessment.appeal') && inAppeal && (
          <Paper withBorder p="md">
            <Title order={4} mb="sm">
              {t('appeals.contestTitle')}
            </Title>
            <ContestItems cycleId={id} governmentId={governmentId} appeals={appeals.data?.items ?? []} />
          </Paper>
        )}
        <Title order={4}>{t('appeals.listTitle')}</Title>
        <AppealList appeals={appeals.data?.items ?? []} canRespond={can('assessment.verify') && inAppeal} />
        {seesScores && (
          <>
            <Title order={4}>{t('scoreHistory.title')}</Title>
            <QueryState isPending={history.isPending} error={history.error}>
              <ScoreHistory items={history.data?.items ?? []} />
            </QueryState>
          </>
        )}
      </Stack>
    </QueryState>
  );
}
