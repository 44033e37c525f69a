import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A row of a repeatable list, with a key of its own so React keeps each row's inputs apart. */
export type Keyed<T> = T & { key: string };

let keySeq = 0;
/** A fresh row key (local to the page; never sent). */
export const rowKey = () => `row-${++keySeq}`;

interface Props<T> {
  /** The legend of the group (e.g. "Yang hadir"). */
  legend: string;
  rows: Keyed<T>[];
  onChange: (rows: Keyed<T>[]) => void;
  blank: () => T;
  addLabel: string;
  /** What the list says while it has no rows. */
  emptyText: string;
  max: number;
  testId: string;
  renderRow: (row: Keyed<T>, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}

/**
 * A list of rows the user adds and removes (people present, actions agreed): one bordered group
 * per row, numbered for screen readers, with a remove button named after its row.
 */
export function RepeatableRows<T>({
  legend,
  rows,
  onChange,
  blank,
  addLabel,
  emptyText,
  max,
  testId,
  renderRow,
}: Props<T>) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<T>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset data-testid={testId} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm" mb="xs">
        {legend}
      </Text>
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text size="sm" c="gray.7" data-testid={`${testId}-empty`}>
            {emptyText}
          </Text>
        )}
        {rows.map((row, index) => (
          <Paper
            key={row.key}
            withBorder
            p="sm"
            radius="sm"
            role="group"
            aria-label={t('activities.form.rowLabel', { legend, n: index + 1 })}
            data-testid={`${testId}-row`}
          >
            <Group justify="space-between" align="center" mb={4} wrap="nowrap">
              <Text size="xs" c="gray.7">
                {index + 1}.
              </Text>
              <ActionIcon
                variant="subtle"
                color="red.8"
                aria-label={t('activities.form.removeRow', { legend, n: index + 1 })}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
                data-testid={`${testId}-remove`}
              >
                <span aria-hidden>✕</span>
              </ActionIcon>
            </Group>
            {renderRow(row, index, (patch) => update(index, patch))}
          </Paper>
        ))}
        {rows.length < max && (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => onChange([...rows, { ...blank(), key: rowKey() }])}
              data-testid={`${testId}-add`}
            >
              {addLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </fieldset>
  );
}
