import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { attachmentHref } from '../api/complaints-api';
import type { ComplaintDetail } from '../api/types';
import { AttachmentUpload } from './attachment-upload';
import { StageBadge } from './stage-badge';

/** The case's files (download; upload with its kind). */
export function AttachmentsPanel({ detail, canHandle }: { detail: ComplaintDetail; canHandle: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="cx-attachments">
      {detail.attachments.length === 0 && (
        <Text size="sm" c="gray.7">
          {t('complaints.attachments.none')}
        </Text>
      )}
      {detail.attachments.map((a) => (
        <Paper key={a.id} withBorder p="xs" data-testid="cx-attachment">
          <Group gap={6} wrap="wrap">
            <Anchor
              href={attachmentHref(detail.id, a.id)}
              target="_blank"
              rel="noopener"
              style={{ overflowWrap: 'anywhere' }}
            >
              {a.originalName}
            </Anchor>
            <Badge size="xs" variant="outline" color="gray.8">
              {t(`complaints.attachments.kinds.${a.kind}`)}
            </Badge>
            <Text size="xs" c="gray.7">
              {t(`complaints.attachments.from.${a.source}`)} · {format.bytes(a.size)} ·{' '}
              {format.dateTime(a.createdAt)}
            </Text>
          </Group>
        </Paper>
      ))}
      {canHandle && <AttachmentUpload complaintId={detail.id} />}
    </Stack>
  );
}

/** Likely duplicates (the same reporter by keyed hash, or the same body and subject). */
export function DuplicatesPanel({ detail }: { detail: ComplaintDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (detail.duplicates.length === 0)
    return (
      <Text size="sm" c="gray.7" data-testid="cx-duplicates">
        {t('complaints.duplicates.none')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="cx-duplicates">
      {detail.duplicates.map((d) => (
        <Paper key={d.id} withBorder p="xs" data-testid="cx-duplicate">
          <Group gap={6} wrap="wrap">
            <Anchor component={Link} to={`/pengaduan/${d.id}`} fw={600}>
              {d.trackingNumber}
            </Anchor>
            <StageBadge stage={d.stage} />
            {d.sameReporter && (
              <Badge size="xs" color="orange.9" variant="filled">
                {t('complaints.duplicates.sameReporter')}
              </Badge>
            )}
          </Group>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {d.subject}
          </Text>
          <Text size="xs" c="gray.7">
            {format.date(d.receivedAt)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
