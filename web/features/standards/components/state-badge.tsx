import { Badge } from '@mantine/core';
import { COMPLETENESS_STATE_LABELS, type CompletenessState } from '../../../../shared/contracts/standards';
import { useWord } from './words';

const COLORS: Record<CompletenessState, string> = {
  belum_ada: 'gray',
  draf: 'blue',
  tidak_lengkap: 'orange',
  kedaluwarsa: 'red',
  lengkap: 'teal',
};

export const stateColor = (s: CompletenessState) => COLORS[s];

/** A product's standard state: belum ada / draf / tidak lengkap / lewat tanggal tinjau / lengkap. */
export function StateBadge({ state }: { state: CompletenessState }) {
  const word = useWord();
  return (
    <Badge color={COLORS[state]} variant="light" data-testid="state-badge" data-state={state}>
      {word(COMPLETENESS_STATE_LABELS[state])}
    </Badge>
  );
}
