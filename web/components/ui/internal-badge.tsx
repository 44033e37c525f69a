import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Penilaian mandiri": the label every internal cycle (a government's own assessment, issue 12)
 * carries wherever it shows, so it is never read as the Ombudsman's result. Nothing for official cycles.
 */
export function InternalBadge({ kind, size = 'sm' }: { kind: string; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  if (kind !== 'internal') return null;
  return (
    <Badge color="grape" variant="light" size={size} data-testid="internal-badge">
      {t('internal.badge')}
    </Badge>
  );
}
