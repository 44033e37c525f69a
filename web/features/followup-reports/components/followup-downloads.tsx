import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowupListQuery } from '../../../../shared/contracts/followups';
import { downloadUrl } from '../../../lib/files';
import { followupExportUrl, followupReportUrl } from '../api/followup-reports-api';
import '../i18n';

/** "Unduh Excel" of the backlog filter in use (mount beside the backlog's filters). */
export function FollowupExportButton({ query = {} }: { query?: Partial<FollowupListQuery> }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        variant="default"
        size="sm"
        onClick={() => downloadUrl(followupExportUrl(query))}
        data-testid="followup-export-xlsx"
      >
        {t('followupReports.exportXlsx')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('followupReports.exportHint')}
      </Text>
    </Group>
  );
}

/** The government's follow-up report as PDF. */
export function FollowupReportButton({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="sm"
      onClick={() => downloadUrl(followupReportUrl(governmentId))}
      data-testid="followup-report-pdf"
    >
      {t('followupReports.reportPdf')}
    </Button>
  );
}
