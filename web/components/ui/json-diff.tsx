import { Code, Group, Text } from '@mantine/core';

function compact(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return JSON.stringify(value);
}

/** Only the keys that changed between two records, as compact JSON: before → after. */
export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  let b: unknown = before;
  let a: unknown = after;
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    b = Object.fromEntries(keys.map((k) => [k, before[k]]));
    a = Object.fromEntries(keys.map((k) => [k, after[k]]));
  }
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxWidth: 320 }}>{compact(b)}</Code>
      <Text size="sm" c="dimmed">
        →
      </Text>
      <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxWidth: 320 }}>{compact(a)}</Code>
    </Group>
  );
}
