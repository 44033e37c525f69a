import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  COMPLETENESS_STATE_LABELS,
  COMPLETENESS_STATES,
  type CompletenessRollup,
} from '../../../../shared/contracts/standards';
import { useFormat } from '../../../lib/format';
import { stateColor } from './state-badge';
import { useWord } from './words';

/** A roll-up: the filled share of all components, and products per state. */
export function RollupSummary({ rollup }: { rollup: CompletenessRollup }) {
  const { t } = useTranslation();
  const word = useWord();
  const f = useFormat();
  return (
    <Stack gap={6} data-testid="rollup-summary">
      <Text size="sm">
        {t('standards.rollup.line', {
          products: f.number(rollup.products),
          percent: f.percent(rollup.percent),
        })}
      </Text>
      <Progress value={rollup.percent} aria-label={t('standards.rollup.progress')} />
      <Group gap={6}>
        {COMPLETENESS_STATES.map((s) => (
          <Badge key={s} color={stateColor(s)} variant="light" data-testid={`rollup-${s}`}>
            {word(COMPLETENESS_STATE_LABELS[s])}: {f.number(rollup.byState[s] ?? 0)}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
