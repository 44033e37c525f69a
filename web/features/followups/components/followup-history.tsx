import { Anchor, Timeline, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { FollowupDetail } from '../../../../shared/contracts/followups';
import { followupFileUrl, type FollowupItem } from '../api/followups-api';

/** The steps of an item, newest first: created, answered (with evidence), verified, reopened. */
export function FollowupHistory({ item }: { item: FollowupItem & { history?: FollowupDetail['history'] } }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Timeline bulletSize={12} lineWidth={2} mt="xs">
      {(item.history ?? []).map((h, i) => (
        <Timeline.Item key={i} title={t(`followups.event.${h.action}`, { defaultValue: h.action })}>
          <Text size="xs" c="dimmed">
            {f.dateTime(h.at)}
          </Text>
          {h.note && (
            <Text size="sm" style={{ wordBreak: 'break-word' }}>
              {h.note}
            </Text>
          )}
          {h.file && (
            <Anchor size="sm" href={followupFileUrl(item.id, h.file.id)}>
              {h.file.name}
            </Anchor>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
