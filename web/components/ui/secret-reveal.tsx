import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A secret shown exactly once (a temporary password) with a copy button. */
export function SecretReveal({ label, value, hint }: { label: string; value: string; hint: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={label} data-testid="secret-reveal">
      <Group gap="xs" mb="xs">
        <Code fz="md" data-testid="secret-value">
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              size="compact-sm"
              variant="light"
              color={copied ? 'teal' : undefined}
              onClick={copy}
              data-testid="secret-copy"
            >
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm">{hint}</Text>
    </Alert>
  );
}
