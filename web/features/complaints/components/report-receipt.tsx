import { Alert, Anchor, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Receipt } from '../../../../shared/contracts/complaints';
import type { AttachmentKind } from '../api/types';
import { AttachmentUpload } from './attachment-upload';

/**
 * What the officer tells the reporter once: the tracking number and the PIN (never shown again),
 * then the original (the letter, the chat export) to attach.
 */
export function ReportReceipt({ receipt, originalKind }: { receipt: Receipt; originalKind: AttachmentKind }) {
  const { t } = useTranslation();
  const words = `${t('complaints.trackingNumber')}: ${receipt.trackingNumber}\nPIN: ${receipt.pin}`;
  return (
    <Stack data-testid="cx-receipt">
      <Alert color="teal" title={t('complaints.receipt.title', { office: receipt.officeName })}>
        <Stack gap="xs">
          <Group gap="xs" wrap="wrap">
            <Text size="sm">{t('complaints.trackingNumber')}:</Text>
            <Code fz="md" data-testid="cx-receipt-tracking">
              {receipt.trackingNumber}
            </Code>
          </Group>
          <Group gap="xs" wrap="wrap">
            <Text size="sm">PIN:</Text>
            <Code fz="md" data-testid="cx-receipt-pin">
              {receipt.pin}
            </Code>
            <CopyButton value={words}>
              {({ copied, copy }) => (
                <Button
                  size="compact-sm"
                  variant="light"
                  color={copied ? 'teal' : undefined}
                  onClick={copy}
                  data-testid="cx-receipt-copy"
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm">{t('complaints.receipt.hint')}</Text>
        </Stack>
      </Alert>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('complaints.receipt.attach')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('complaints.receipt.attachHint')}
        </Text>
        <AttachmentUpload complaintId={receipt.id} defaultKind={originalKind} />
      </Paper>
      <Group>
        <Anchor component={Link} to={`/pengaduan/${receipt.id}`} data-testid="cx-receipt-open">
          {t('complaints.receipt.open')}
        </Anchor>
      </Group>
    </Stack>
  );
}
