import { Group, Stack } from '@mantine/core';
import { indicatorContext } from '../../../../shared/standards/indicator-context';
import { AssessmentContextPanel } from './assessment-context-panel';
import { LibraryPicker } from './library-picker';

/** Under a checklist item: "Pilih dari pustaka" (while the item is editable) and, for mapped indicators, the Konteks panel. */
export function ChecklistItemExtra({
  cycleId,
  unitId,
  item,
  editable,
  onAttached,
}: {
  cycleId: string;
  unitId: string;
  item: { answerId: string; indicator: string; productId: string | null };
  editable: boolean;
  onAttached: () => Promise<unknown>;
}) {
  const mapped = indicatorContext(item.indicator) !== null;
  if (!editable && !mapped) return null;
  return (
    <Stack gap="xs">
      {editable && (
        <Group>
          <LibraryPicker answerId={item.answerId} unitId={unitId} onAttached={onAttached} />
        </Group>
      )}
      {mapped && (
        <AssessmentContextPanel
          cycleId={cycleId}
          unitId={unitId}
          indicator={item.indicator}
          productId={item.productId}
        />
      )}
    </Stack>
  );
}
