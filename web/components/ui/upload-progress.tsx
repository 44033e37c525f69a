import { Progress, Stack, Text } from '@mantine/core';

/** A labelled progress bar (upload bytes or server-side rows). */
export function LabeledProgress({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="sm">
        {label} — {Math.round(value)}%
      </Text>
      <Progress value={value} animated={value < 100} striped={value < 100} aria-label={label} />
    </Stack>
  );
}
