import { Anchor, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { followupFileUrl, type FollowupDetail } from '../api/followups-api';

/** The steps of an item, as the server lists them: created, assigned, answered (with evidence), sent, verified, reopened. */
export function FollowupHistory({ item }: { item: FollowupDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (item.history.length === 0) return null;
  return (
    <Timeline bulletSize={12} lineWidth={2} mt="xs" data-testid="followup-history">
      {item.history.map((h, i) => (
        <Timeline.Item
          key={i}
          title={t(`followups.event.${h.action}`, { defaultValue: h.action })}
          data-testid="followup-event"
        >
          <Text size="xs" c="gray.7">
            {f.dateTime(h.at)}
            {h.actor ? ` · ${h.actor}` : ''}
          </Text>
          {h.note && (
            <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {h.note}
            </Text>
          )}
          {h.evidence.length > 0 && (
            <Stack gap={2} mt={4} data-testid="followup-evidence">
              {h.evidence.map((e) => (
                <Group key={e.id} gap={4} wrap="nowrap">
                  <Text size="xs" c="gray.7">
                    {t(`followups.evidenceKind.${e.kind}`)}:
                  </Text>
                  {e.kind === 'link' && e.url ? (
                    <Anchor
                      size="sm"
                      href={e.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {e.label || e.url}
                    </Anchor>
                  ) : e.fileId ? (
                    <Anchor
                      size="sm"
                      href={followupFileUrl(item.id, e.fileId)}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {e.label}
                    </Anchor>
                  ) : (
                    <Text size="sm">{e.label}</Text>
                  )}
                </Group>
              ))}
            </Stack>
          )}
          {h.evidence.length === 0 && h.file && (
            <Anchor size="sm" href={followupFileUrl(item.id, h.file.id)}>
              {h.file.name}
            </Anchor>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
