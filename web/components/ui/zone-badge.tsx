import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../shared/contracts/assessments';

export type { Zone };

/**
 * Zone colours of the Ombudsman compliance assessment (merah / kuning / hijau), dark enough for
 * white text at WCAG AA (5:1 and more); kuning takes dark text (the badge's autoContrast).
 */
export const ZONE_COLORS: Record<Zone, string> = { merah: '#c92a2a', kuning: '#f59f00', hijau: '#237032' };

/** A coloured zone label; a dash when the score is not known yet. */
export function ZoneBadge({
  zone,
  testId,
  size = 'md',
}: {
  zone: Zone | string | null;
  testId?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  if (!zone || !(zone in ZONE_COLORS)) {
    return (
      <Badge variant="outline" color="gray" size={size} data-testid={testId}>
        —
      </Badge>
    );
  }
  return (
    <Badge
      color={ZONE_COLORS[zone as Zone]}
      autoContrast
      size={size}
      data-testid={testId}
      data-zone={zone}
      // A zone name is never cut to "HI…": the badge keeps its width in a narrow table cell.
      styles={{
        root: { flexShrink: 0, maxWidth: 'none', overflow: 'visible' },
        label: { overflow: 'visible' },
      }}
    >
      {t(`zone.${zone}`)}
    </Badge>
  );
}

/** A score with two decimals in the user's language ("86,24" in Bahasa Indonesia): the format layer. */
export { formatScore } from '../../../shared/format/format';
