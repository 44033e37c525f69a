import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BODY_KIND_LABELS, CHANNEL_LABELS } from '../../../../shared/complaints/stages';
import { useFormat } from '../../../lib/format';
import type { ComplaintDetail } from '../api/types';
import { useWords } from '../lib/labels';
import { RevealIdentity } from './reveal-identity';
import { StageBadge } from './stage-badge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** Tracking number, stage, track, channel, office, received date, the reported body and the reporter. */
export function CaseHeader({ detail }: { detail: ComplaintDetail }) {
  const { t } = useTranslation();
  const words = useWords();
  const format = useFormat();
  return (
    <Stack gap="sm" mb="md">
      <Anchor component={Link} to="/pengaduan" size="sm">
        ← {t('complaints.title')}
      </Anchor>
      <Group gap="sm" wrap="wrap" align="center">
        <Title order={1} size="h2" data-testid="cx-tracking">
          {detail.trackingNumber}
        </Title>
        <StageBadge stage={detail.stage} closure={detail.closureReason} />
        {detail.track === 'rco' && (
          <Badge color="red.8" variant="filled">
            RCO
          </Badge>
        )}
        {detail.confidential && (
          <Badge color="orange.9" variant="filled" data-testid="cx-confidential-badge">
            {t('complaints.confidential')}
          </Badge>
        )}
      </Group>
      <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="cx-subject">
        {detail.subject}
      </Text>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
          <Fact label={t('complaints.channel')}>{words(CHANNEL_LABELS[detail.channel])}</Fact>
          <Fact label={t('complaints.received')}>{format.date(detail.receivedAt)}</Fact>
          <Fact label={t('complaints.office')}>{detail.officeName}</Fact>
          <Fact label={t('complaints.track')}>{t(`complaints.tracks.${detail.track}`)}</Fact>
          <Fact label={t('complaints.body')}>
            {detail.bodyName}
            <Text size="xs" c="gray.7">
              {words(BODY_KIND_LABELS[detail.bodyKind])}
              {detail.bodyGovernmentId ? ` · ${t('complaints.linked')}` : ''}
            </Text>
          </Fact>
          <Fact label={t('complaints.reporter')}>
            <Stack gap={4} align="flex-start">
              <span data-testid="cx-reporter-label">{detail.reporter.label}</span>
              {detail.canReveal && !detail.reporter.erased && <RevealIdentity complaintId={detail.id} />}
            </Stack>
          </Fact>
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
