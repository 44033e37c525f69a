import { Code, Group, Text } from '@mantine/core';

/** Bookkeeping columns that say nothing a reader of the log needs. */
const NOISE = new Set(['id', 'createdAt', 'updatedAt', 'passwordHash']);

function withoutNoise(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !NOISE.has(k)));
}

function compact(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return JSON.stringify(value);
}

/** Only the keys that changed between two records, as compact JSON: before → after. */
export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  let b: unknown = withoutNoise(before);
  let a: unknown = withoutNoise(after);
  if (isObject(b) && isObject(a)) {
    const from = b;
    const to = a;
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter(
      (k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]),
    );
    b = Object.fromEntries(keys.map((k) => [k, from[k]]));
    a = Object.fromEntries(keys.map((k) => [k, to[k]]));
  }
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxWidth: 480 }}>{compact(b)}</Code>
      <Text size="sm" c="dimmed">
        →
      </Text>
      <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxWidth: 480 }}>{compact(a)}</Code>
    </Group>
  );
}
