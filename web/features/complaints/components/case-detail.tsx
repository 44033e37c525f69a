import { Badge, Grid, Stack, Tabs, Title } from '@mantine/core';
import { CaseNotesPanel } from './case-notes-panel';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../../lib/auth';
import type { ComplaintDetail } from '../api/types';
import { ActionBar } from './action-dialog';
import { AttachmentsPanel, DuplicatesPanel } from './case-files';
import { CaseHeader } from './case-header';
import { ClassificationPanel } from './classification-panel';
import { DeadlinesPanel } from './deadlines-panel';
import { HistoryTimeline } from './history-timeline';
import { MessagesPanel } from './messages-panel';
import { OfficersPanel } from './officers-panel';
import { RecommendationPanel } from './recommendation-panel';
import { ReportSummary } from './report-summary';
import { StageStepper } from './stage-stepper';

export const CASE_TABS = [
  'ringkasan',
  'klasifikasi',
  'petugas',
  'pesan',
  'berkas',
  'duplikat',
  'riwayat',
  'surat',
  'tindak-lanjut',
] as const;
type Tab = (typeof CASE_TABS)[number];

/**
 * The case page. The letters and follow-up tabs show other features' panels, which the route page
 * composes and passes in (features do not import each other).
 */
export function CaseDetail({
  detail,
  lettersPanel,
  followupsPanel,
}: {
  detail: ComplaintDetail;
  lettersPanel: ReactNode;
  followupsPanel: ReactNode;
}) {
  const { t } = useTranslation();
  const { can, user } = useAuth();
  const isHead = user?.role === 'admin' || user?.role === 'oversight_head';
  const canHandle = can('complaint.handle');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && CASE_TABS.includes(requested) ? requested : 'ringkasan';

  return (
    <>
      <CaseHeader detail={detail} />
      <Stack gap="md">
        <StageStepper stage={detail.stage} track={detail.track} />
        {canHandle && <ActionBar key={detail.version} detail={detail} />}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('complaints.deadlines.title')}
              </Title>
              <DeadlinesPanel detail={detail} canHandle={canHandle} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }} miw={0}>
            <Tabs
              value={tab}
              onChange={(v) => setParams(v && v !== 'ringkasan' ? { tab: v } : {}, { replace: true })}
              keepMounted={false}
            >
              <Tabs.List mb="sm">
                {CASE_TABS.map((k) => (
                  <Tabs.Tab key={k} value={k} data-testid={`cx-tab-${k}`}>
                    {t(`complaints.tabs.${k}`)}
                    {k === 'duplikat' && detail.duplicates.length > 0 && (
                      <Badge size="xs" ml={4} color="orange.9" variant="filled">
                        {detail.duplicates.length}
                      </Badge>
                    )}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="ringkasan">
                <Stack gap="sm">
                  {(detail.stage === 'rekomendasi' || detail.recommendation.proposedAt) && (
                    <RecommendationPanel key={detail.version} detail={detail} canRecord={isHead} />
                  )}
                  <ReportSummary detail={detail} />
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="klasifikasi">
                <ClassificationPanel key={detail.version} detail={detail} canHandle={canHandle} />
              </Tabs.Panel>
              <Tabs.Panel value="petugas">
                <OfficersPanel key={detail.version} detail={detail} />
              </Tabs.Panel>
              <Tabs.Panel value="pesan">
                <MessagesPanel detail={detail} canHandle={canHandle} />
              </Tabs.Panel>
              <Tabs.Panel value="berkas">
                <AttachmentsPanel detail={detail} canHandle={canHandle} />
              </Tabs.Panel>
              <Tabs.Panel value="duplikat">
                <DuplicatesPanel detail={detail} />
              </Tabs.Panel>
              <Tabs.Panel value="riwayat">
                <CaseNotesPanel detail={detail} canHandle={canHandle} />
                <HistoryTimeline detail={detail} />
              </Tabs.Panel>
              <Tabs.Panel value="surat">{lettersPanel}</Tabs.Panel>
              <Tabs.Panel value="tindak-lanjut">{followupsPanel}</Tabs.Panel>
            </Tabs>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
