import { Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureStep } from '../../../../shared/contracts/standards';
import { move } from '../lib/content';
import { FlowChart } from './flow-chart';
import { RowTools } from './requirements-input';

/** Component 3, prosedur: ordered steps (title, who does it) and the flow chart drawn from them. */
export function ProcedureInput({
  value,
  onChange,
}: {
  value: ProcedureStep[];
  onChange: (next: ProcedureStep[]) => void;
}) {
  const { t } = useTranslation();
  const patch = (i: number, p: Partial<ProcedureStep>) =>
    onChange(value.map((s, j) => (j === i ? { ...s, ...p } : s)));

  return (
    <Stack gap="xs" data-testid="procedure-input">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('standards.steps.empty')}
        </Text>
      )}
      {value.map((s, i) => (
        <Paper key={i} withBorder p="xs" data-testid="step-row">
          <Stack gap={6}>
            <TextInput
              label={t('standards.steps.title', { n: i + 1 })}
              value={s.title}
              onChange={(e) => patch(i, { title: e.currentTarget.value })}
              maxLength={300}
            />
            <TextInput
              label={t('standards.steps.actor')}
              placeholder={t('standards.steps.actorHint')}
              value={s.actor ?? ''}
              onChange={(e) => patch(i, { actor: e.currentTarget.value || null })}
              maxLength={120}
            />
            <RowTools
              index={i}
              length={value.length}
              name={s.title || t('standards.steps.title', { n: i + 1 })}
              onMove={(to) => onChange(move(value, i, to))}
              onRemove={() => onChange(value.filter((_, j) => j !== i))}
            />
          </Stack>
        </Paper>
      ))}
      <Button
        variant="light"
        size="xs"
        onClick={() => onChange([...value, { title: '', actor: null }])}
        data-testid="step-add"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('standards.steps.add')}
      </Button>
      <FlowChart steps={value.filter((s) => s.title.trim() !== '')} />
    </Stack>
  );
}
