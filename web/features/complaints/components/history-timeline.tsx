import { Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRANSITIONS, type ComplaintAction } from '../../../../shared/complaints/machine';
import { STAGE_LABELS, type ComplaintStage } from '../../../../shared/complaints/stages';
import { useFormat } from '../../../lib/format';
import type { ComplaintDetail } from '../api/types';
import { useWords } from '../lib/labels';

const isAction = (a: string): a is ComplaintAction => a in TRANSITIONS;
const isStage = (s: string | null): s is ComplaintStage => s !== null && s in STAGE_LABELS;

/** What happened to the case, newest first: who, what, the stage it moved to, the note. */
export function HistoryTimeline({ detail }: { detail: ComplaintDetail }) {
  const { t } = useTranslation();
  const words = useWords();
  const format = useFormat();
  const events = [...detail.events].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  const what = (action: string) =>
    isAction(action)
      ? words(TRANSITIONS[action].label)
      : t(`complaints.history.actions.${action}`, { defaultValue: action });
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="cx-history">
      {events.map((e) => (
        <Timeline.Item
          key={e.id}
          title={
            <Group gap={6} wrap="wrap">
              <Text size="sm" fw={600}>
                {what(e.action)}
              </Text>
              {isStage(e.toStage) && e.toStage !== e.fromStage && (
                <Text size="xs" c="gray.7">
                  → {words(STAGE_LABELS[e.toStage])}
                </Text>
              )}
              {e.outcome && (
                <Badge size="xs" variant="light" color="gray.8" data-testid="cx-event-outcome">
                  {t(`complaints.notes.outcomes.${e.outcome}`)}
                </Badge>
              )}
              {e.visibleToReporter && (
                <Badge size="xs" variant="outline" color="gray.8">
                  {t('complaints.history.visible')}
                </Badge>
              )}
            </Group>
          }
          data-testid="cx-event"
        >
          <Text size="xs" c="gray.7">
            {e.actorName ?? t(`complaints.history.actor.${e.actorKind}`)} · {format.dateTime(e.at)}
            {e.noteOn && ` · ${t('complaints.notes.on')} ${format.date(e.noteOn)}`}
          </Text>
          {e.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {e.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
