import { Badge, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerDraft, ChecklistIndicator, ChecklistItem } from '../api/checklist-api';
import { EvidencePanel } from './evidence-panel';

interface Props {
  item: ChecklistItem;
  /** The item's indicator definition (from the cycle's framework). */
  indicator: ChecklistIndicator;
  draft: AnswerDraft | undefined;
  editable: boolean;
  error?: string;
  onChange: (answerId: string, draft: AnswerDraft) => void;
  /** Rendered under the item (keep it stable: a new function re-renders every card). */
  renderExtra?: ItemExtra | undefined;
}

/** What a route page adds under each item, e.g. the "Konteks" panel and "Pilih dari pustaka". */
export type ItemExtra = (item: ChecklistItem, editable: boolean) => ReactNode;

export function currentAnswer(item: ChecklistItem, draft: AnswerDraft | undefined): AnswerDraft {
  return draft ?? { value: item.selfValue, na: item.selfNa, comment: item.selfComment ?? '' };
}

/** One indicator: the rubric per level as a choice (plus N/A), the evidence expected, a comment and evidence files. */
export const ChecklistItemCard = memo(function ChecklistItemCard({
  item,
  indicator,
  draft,
  editable,
  error,
  onChange,
  renderExtra,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const answer = currentAnswer(item, draft);
  const choice = answer.na ? 'na' : answer.value === null ? '' : String(answer.value);
  const answered = answer.na || answer.value !== null;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid={`checklist-item-${item.answerId}`}
      data-answered={answered}
      style={draft ? { borderColor: 'var(--mantine-color-yellow-5)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Badge variant="light" size="sm">
                {item.indicator}
              </Badge>
              {item.productName && (
                <Badge variant="outline" color="grape" size="sm">
                  {item.productName}
                </Badge>
              )}
              {draft && (
                <Badge color="yellow" size="sm" variant="light">
                  {t('checklist.unsaved')}
                </Badge>
              )}
            </Group>
            <Text fw={600}>{indicator.name[lang]}</Text>
          </Stack>
          {answered ? (
            <Badge color="teal" variant="light" style={{ flexShrink: 0 }}>
              {t('checklist.answered')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
              {t('checklist.notAnswered')}
            </Badge>
          )}
        </Group>
        <Radio.Group
          value={choice}
          onChange={(v) =>
            onChange(item.answerId, {
              ...answer,
              na: v === 'na',
              value: v === 'na' || v === '' ? null : Number(v),
            })
          }
          error={error}
          // Names the radiogroup (Mantine labels it by its label only; an aria-label stays on the
          // wrapper). The name is already shown above the card, so the label itself is not shown.
          label={indicator.name[lang]}
          labelProps={{ style: { display: 'none' } }}
        >
          <Stack gap={6}>
            {indicator.scale.levels.map((l) => (
              <Radio
                key={l.value}
                value={String(l.value)}
                disabled={!editable}
                label={
                  <Text size="sm">
                    <b>
                      {indicator.scale.type === 'yes-no'
                        ? l.value === 1
                          ? t('checklist.yes')
                          : t('checklist.no')
                        : l.value}
                    </b>{' '}
                    — {l.rubric[lang]}
                  </Text>
                }
                data-testid={`answer-${item.answerId}-${l.value}`}
              />
            ))}
            <Radio
              value="na"
              disabled={!editable}
              label={<Text size="sm">{t('checklist.na')}</Text>}
              data-testid={`answer-${item.answerId}-na`}
            />
          </Stack>
        </Radio.Group>
        {item.verified && item.verified.status !== 'pending' && (
          <Text
            size="sm"
            c={item.verified.status === 'adjusted' ? 'orange' : 'teal'}
            data-testid={`verified-${item.answerId}`}
          >
            {t('checklist.verifiedValue', {
              value: item.verified.na ? t('checklist.naShort') : item.verified.value,
            })}
            {item.verified.reason ? ` — ${item.verified.reason}` : ''}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap={4}>
            {indicator.evidenceExpected && (
              <Text size="xs" c="dimmed">
                <b>{t('checklist.evidenceExpected')}:</b> {indicator.evidenceExpected[lang]}
              </Text>
            )}
            <Textarea
              label={t('checklist.comment')}
              value={answer.comment}
              readOnly={!editable}
              autosize
              minRows={1}
              maxRows={5}
              onChange={(e) => onChange(item.answerId, { ...answer, comment: e.currentTarget.value })}
              data-testid={`comment-${item.answerId}`}
            />
          </Stack>
          <EvidencePanel item={item} editable={editable} />
        </SimpleGrid>
        {renderExtra?.(item, editable)}
      </Stack>
    </Paper>
  );
});
