import { Badge, Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAGE_LABELS, type ComplaintStage, type ComplaintTrack } from '../../../../shared/complaints/stages';
import { useWords } from '../lib/labels';
import { stepsOf } from '../lib/stepper';

/**
 * Where the case is in its flow: numbered steps that wrap on a narrow screen (an ordered list,
 * the current step marked with aria-current).
 */
export function StageStepper({ stage, track }: { stage: ComplaintStage; track: ComplaintTrack }) {
  const { t } = useTranslation();
  const words = useWords();
  const { steps, states } = stepsOf(stage, track);
  const rco = steps.includes('rco');
  return (
    <Box
      component="nav"
      aria-label={t('complaints.detail.flow')}
      data-testid="cx-stepper"
      data-track={rco ? 'rco' : 'reguler'}
    >
      {rco && (
        <Badge color="red.8" variant="filled" mb={6}>
          {t('complaints.detail.rcoTrack')}
        </Badge>
      )}
      <Group component="ol" gap={6} wrap="wrap" m={0} p={0} style={{ listStyle: 'none' }}>
        {steps.map((s, i) => {
          const state = states[i]!;
          const label =
            s === 'verifikasi_formil' && stage === 'menunggu_kelengkapan'
              ? STAGE_LABELS.menunggu_kelengkapan
              : STAGE_LABELS[s];
          return (
            <Group
              component="li"
              key={s}
              gap={4}
              wrap="nowrap"
              aria-current={state === 'current' ? 'step' : undefined}
              data-testid="cx-step"
              data-step={s}
              data-state={state}
            >
              <Badge
                circle
                size="lg"
                variant={state === 'todo' ? 'outline' : 'filled'}
                color={state === 'current' ? 'blue.8' : state === 'done' ? 'teal.9' : 'gray.7'}
                aria-hidden
              >
                {state === 'done' ? '✓' : i + 1}
              </Badge>
              <Text
                size="sm"
                fw={state === 'current' ? 700 : 400}
                c={state === 'todo' ? 'gray.7' : undefined}
              >
                {words(label)}
                <VisuallyHidden>{` (${t(`complaints.detail.step.${state}`)})`}</VisuallyHidden>
              </Text>
              {i < steps.length - 1 && (
                <Text span c="gray.6" aria-hidden>
                  →
                </Text>
              )}
            </Group>
          );
        })}
      </Group>
    </Box>
  );
}
