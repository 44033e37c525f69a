import { Button, Checkbox, Group, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDto } from '../../../../shared/contracts/registry';

interface Row {
  unit: UnitDto;
  depth: number;
  /** The unit and every unit under it. */
  subtree: string[];
}

/** The units as a tree, depth-first (children under their parent, each level by name). */
function flatten(units: UnitDto[]): Row[] {
  const byParent = new Map<string | null, UnitDto[]>();
  const present = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId && present.has(u.parentId) ? u.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), u]);
  }
  const rows: Row[] = [];
  const walk = (parent: string | null, depth: number): string[] => {
    const ids: string[] = [];
    for (const unit of [...(byParent.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      const row: Row = { unit, depth, subtree: [] };
      rows.push(row);
      row.subtree = [unit.id, ...walk(unit.id, depth + 1)];
      ids.push(...row.subtree);
    }
    return ids;
  };
  walk(null, 0);
  return rows;
}

interface Props {
  units: UnitDto[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/**
 * A searchable checklist of the government's units as a tree: ticking an OPD ticks the UPT and
 * Puskesmas under it too (untick one of them after if it should stay out).
 */
export function UnitPicker({ units, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const rows = useMemo(() => flatten(units), [units]);
  const chosen = new Set(value);
  const q = query.trim().toLowerCase();
  // A match shows with its ancestors, so the tree stays readable while searching.
  const visible = useMemo(() => {
    if (!q) return rows;
    const keep = new Set<string>();
    const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
    for (const r of rows) {
      if (!r.unit.name.toLowerCase().includes(q) && !(r.unit.code ?? '').toLowerCase().includes(q)) continue;
      for (let id: string | null | undefined = r.unit.id; id; id = parentOf.get(id)) keep.add(id);
    }
    return rows.filter((r) => keep.has(r.unit.id));
  }, [rows, units, q]);

  function toggle(row: Row, on: boolean) {
    const next = new Set(chosen);
    for (const id of row.subtree)
      if (on) next.add(id);
      else next.delete(id);
    onChange([...next]);
  }

  return (
    <Stack gap="xs" data-testid="unit-picker">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label={t('internal.form.searchUnits')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 180 }}
          data-testid="unit-picker-search"
        />
        <Button variant="default" size="xs" onClick={() => onChange(rows.map((r) => r.unit.id))}>
          {t('internal.form.pickAll')}
        </Button>
        <Button variant="default" size="xs" onClick={() => onChange([])}>
          {t('internal.form.pickNone')}
        </Button>
      </Group>
      <Text
        size="sm"
        c={error ? 'red' : 'dimmed'}
        role={error ? 'alert' : undefined}
        data-testid="unit-picker-count"
      >
        {error ?? t('internal.form.unitsChosen', { count: value.length, total: rows.length })}
      </Text>
      <ScrollArea.Autosize mah={280} type="auto">
        <Stack gap={6} p={2}>
          {visible.map((r) => {
            const inSubtree = r.subtree.filter((id) => chosen.has(id)).length;
            return (
              <Checkbox
                key={r.unit.id}
                ml={r.depth * 20}
                label={r.unit.name}
                description={t(`unitType.${r.unit.type}`, { defaultValue: r.unit.type })}
                checked={chosen.has(r.unit.id)}
                indeterminate={!chosen.has(r.unit.id) && inSubtree > 0}
                onChange={(e) => toggle(r, e.currentTarget.checked)}
                data-testid={`unit-pick-${r.unit.id}`}
              />
            );
          })}
          {visible.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('internal.form.noUnitMatch')}
            </Text>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
