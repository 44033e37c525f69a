import { Anchor, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useAuth } from '../../../lib/auth';
import { useFormat } from '../../../lib/format';
import { followupLetterPdfUrl, useFollowupLetters } from '../api/followup-reports-api';
import { FollowupReportButton } from './followup-downloads';
import { FollowupLetterForm } from './letter-form';
import '../i18n';

/**
 * On the government's page: its follow-up report (PDF), and the batch letters — the office's staff
 * see and write them, the government's coordinator reads those sent to it. Mount:
 * `<GovernmentFollowupReports governmentId={id} />` (web/app/routes/government-detail-page.tsx).
 */
export function GovernmentFollowupReports({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { user, can } = useAuth();
  const [writing, setWriting] = useState(false);
  const readsLetters = can('complaint.read') || user?.role === 'gov_coordinator';
  if (!can('followup.read')) return null;
  return (
    <Card withBorder mb="md" data-testid="government-followup-reports">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('followupReports.title')}
          </Title>
          <Group gap="xs">
            <FollowupReportButton governmentId={governmentId} />
            {can('followup.office.manage') && (
              <Button size="sm" onClick={() => setWriting(true)} data-testid="fu-letter-new">
                {t('followupReports.newLetter')}
              </Button>
            )}
          </Group>
        </Group>
        {readsLetters && <Letters governmentId={governmentId} date={f.date} />}
      </Stack>
      <Modal
        opened={writing}
        onClose={() => setWriting(false)}
        title={t('followupReports.newLetter')}
        size="lg"
        fullScreen={typeof window !== 'undefined' && window.innerWidth < 500}
      >
        {writing && <FollowupLetterForm governmentId={governmentId} onDone={() => setWriting(false)} />}
      </Modal>
    </Card>
  );
}

function Letters({ governmentId, date }: { governmentId: string; date: (v: string) => string }) {
  const { t } = useTranslation();
  const letters = useFollowupLetters(governmentId);
  return (
    <QueryState isPending={letters.isPending} error={letters.error} onRetry={() => void letters.refetch()}>
      <Text fw={600} size="sm">
        {t('followupReports.letters')}
      </Text>
      {letters.data?.items.length ? (
        <Table.ScrollContainer minWidth={320}>
          <Table data-testid="fu-letters">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('followupReports.number')}</Table.Th>
                <Table.Th>{t('followupReports.letterDate')}</Table.Th>
                <Table.Th>{t('followupReports.subject')}</Table.Th>
                <Table.Th>{t('followupReports.items')}</Table.Th>
                <Table.Th>{t('followupReports.pdf')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {letters.data.items.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.number}</Table.Td>
                  <Table.Td>{date(l.letterDate)}</Table.Td>
                  <Table.Td>{l.subject}</Table.Td>
                  <Table.Td>{t('followupReports.itemCount', { count: l.itemCount })}</Table.Td>
                  <Table.Td>
                    <Anchor
                      href={followupLetterPdfUrl(l.id)}
                      aria-label={`${t('followupReports.pdf')} ${l.number}`}
                    >
                      {t('followupReports.pdf')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t('followupReports.noLetters')}
        </Text>
      )}
    </QueryState>
  );
}
