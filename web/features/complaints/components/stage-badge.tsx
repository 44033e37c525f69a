import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLOSURE_LABELS, STAGE_LABELS, type ComplaintStage } from '../../../../shared/complaints/stages';
import type { ClosureReason } from '../../../../shared/complaints/stages';
import { useFormat } from '../../../lib/format';
import { useWords } from '../lib/labels';

/** Dark shades: white badge text keeps 4.5:1 (axe). */
const STAGE_COLOR: Record<ComplaintStage, string> = {
  penerimaan: 'gray.7',
  verifikasi_formil: 'blue.8',
  menunggu_kelengkapan: 'yellow.9',
  verifikasi_materiil: 'blue.8',
  pleno: 'indigo.8',
  pemeriksaan: 'violet.8',
  tindakan_korektif: 'orange.9',
  resolusi_monitoring: 'orange.9',
  rekomendasi: 'grape.8',
  rco: 'red.8',
  selesai: 'teal.9',
};

export function StageBadge({ stage, closure }: { stage: ComplaintStage; closure?: ClosureReason | null }) {
  const words = useWords();
  return (
    <Badge color={STAGE_COLOR[stage]} variant="filled" data-testid="stage-badge" data-stage={stage}>
      {words(STAGE_LABELS[stage])}
      {stage === 'selesai' && closure ? ` · ${words(CLOSURE_LABELS[closure])}` : ''}
    </Badge>
  );
}

/** A due date with "lewat tenggat" / "dijeda" beside it. */
export function DueBadge({ dueOn, overdue, paused }: { dueOn: string; overdue: boolean; paused: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap={4} wrap="wrap" data-testid="due" data-due={dueOn} data-overdue={overdue}>
      <Text span size="sm">
        {format.date(dueOn)}
      </Text>
      {overdue && (
        <Badge color="red.8" variant="filled" size="sm">
          {t('complaints.overdue')}
        </Badge>
      )}
      {paused && (
        <Badge color="gray.7" variant="filled" size="sm">
          {t('complaints.paused')}
        </Badge>
      )}
    </Group>
  );
}
