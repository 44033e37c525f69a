import { Badge, Group, Stepper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { Cycle, CycleStatus } from '../api/cycles-api';

const STEPS: CycleStatus[] = ['self_assessment', 'verification', 'appeal', 'final', 'published'];
/** An internal cycle (penilaian mandiri) has no appeal phase. */
const INTERNAL_STEPS = STEPS.filter((s) => s !== 'appeal');

/** Where the cycle stands: self fill → verification → appeal (official cycles) → final → published. */
export function PhaseStepper({ cycle, compact = false }: { cycle: Cycle; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat(cycle.officeTimeZone);
  const steps = cycle.kind === 'internal' ? INTERNAL_STEPS : STEPS;
  const range = (a: string | null, b: string | null) => (a && b ? format.dateRange(a, b) : '');
  const active =
    cycle.status === 'planning' ? 0 : steps.indexOf(cycle.status) + (cycle.status === 'published' ? 1 : 0);
  const windows: Partial<Record<CycleStatus, string>> = {
    self_assessment: range(cycle.selfStart, cycle.selfEnd),
    verification: range(cycle.verifyStart, cycle.verifyEnd),
    appeal: range(cycle.appealStart, cycle.appealEnd),
    final: cycle.finalDate ? format.date(cycle.finalDate) : '',
    published: cycle.publishedAt ? format.date(cycle.publishedAt) : '',
  };
  return (
    <Group gap="sm" wrap="nowrap" data-testid="phase-stepper" data-status={cycle.status}>
      {cycle.status === 'planning' && (
        <Badge variant="light" color="gray">
          {t('cycles.status.planning')}
        </Badge>
      )}
      <Stepper
        active={active}
        size="xs"
        iconSize={compact ? 18 : 24}
        allowNextStepsSelect={false}
        style={{ flex: 1 }}
      >
        {steps.map((s) => (
          <Stepper.Step
            key={s}
            label={<Text size="xs">{t(`cycles.phase.${s}`)}</Text>}
            description={
              compact ? undefined : (
                <Text size="xs" c="dimmed">
                  {windows[s]}
                </Text>
              )
            }
          />
        ))}
      </Stepper>
    </Group>
  );
}
