import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { compiledByLabel } from '../../../../shared/frameworks/framework-label';
import type { FrameworkSummary } from '../api/frameworks-api';

/**
 * Where a version comes from, beside its name: "disusun Patuh" for Patuh's own compilation
 * (worded once, in shared/frameworks/framework-label.ts), the owning office, and the office's
 * spot-check mark.
 */
export function FrameworkBadges({
  f,
}: {
  f: Pick<FrameworkSummary, 'compiledBy' | 'officeName' | 'officeSpotCheck'> & { draft?: boolean };
}) {
  const { t, i18n } = useTranslation();
  const compiled = compiledByLabel(f.compiledBy, i18n.language);
  if (!compiled && !f.officeName && !f.draft) return null;
  return (
    <Group gap={4} mt={2}>
      {f.draft && (
        <Badge variant="light" color="orange" data-testid="framework-draft">
          {t('frameworks.draftBadge')}
        </Badge>
      )}
      {compiled && (
        <Badge variant="light" color="orange" data-testid="framework-compiled-by">
          {compiled}
        </Badge>
      )}
      {f.officeName && (
        <Badge variant="light" color="teal" data-testid="framework-office">
          {f.officeName}
        </Badge>
      )}
      {f.officeSpotCheck && (
        <Badge variant="filled" color="teal" data-testid="framework-office-spot-check">
          {t('frameworks.officeSpotCheck')}
        </Badge>
      )}
    </Group>
  );
}
