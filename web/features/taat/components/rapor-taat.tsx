import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rapor } from '../../../../shared/contracts/rapor';
import { useFormat } from '../../../lib/format';
import { useGovernmentTaat } from '../api/taat-api';
import { opinionQualifier, taatAsOfForYear } from '../opinion';
import { PbbtView } from './pbbt-view';
import { TaatDrawer } from './taat-drawer';

export interface RaporTaatParts {
  /** Taat beside the score (and the 2025 opinion's qualifier, why or why not), with the drawer. */
  beside: ReactNode;
  /** The Patuh · Bersih · Baik · Taat view. */
  pbbt: ReactNode;
  /** " Tanpa Maladministrasi" for the opinion label, or null. */
  bandSuffix: string | null;
}

/**
 * Loads the government's Taat for the rapor's cycle year (as of 31 December, or today while the
 * year runs) and hands the rapor page the parts that show it; one drawer explains it.
 */
export function RaporTaat({
  rapor,
  children,
}: {
  rapor: Rapor;
  children: (parts: RaporTaatParts) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat(rapor.government.timeZone);
  const [open, setOpen] = useState(false);
  const query = useGovernmentTaat(rapor.government.id, taatAsOfForYear(rapor.cycle.year));
  const taat = query.data;
  const opinion = opinionQualifier(rapor.framework.builtInBase, taat);
  const share = taat?.share == null ? '—' : format.percent(taat.share);
  const beside = (
    <Stack gap={2} mt="sm" data-testid="taat-beside">
      <Group gap={6} align="baseline">
        <Text size="sm" fw={700}>
          {t('taat.share')}: <span data-testid="taat-share">{query.isError ? '—' : share}</span>
        </Text>
        <Text size="xs" c="dimmed">
          ({t('taat.reading')})
        </Text>
      </Group>
      {query.isError ? (
        <Text size="xs" c="red">
          {t('taat.loadFailed')}
        </Text>
      ) : (
        taat && (
          <Text size="xs" c="dimmed">
            {taat.counted === 0
              ? t('taat.noneCounted')
              : t('taat.ofCounted', { onTime: taat.onTime, counted: taat.counted })}{' '}
            · {t('taat.asOf', { date: format.date(taat.asOf) })}
          </Text>
        )
      )}
      {opinion.applies && taat && (
        <Text size="xs" data-testid="taat-opinion" data-qualifies={opinion.qualifies}>
          {t(`taat.opinion.${opinion.why}`, {
            share,
            threshold: format.percent(taat.rule.qualifier.thresholdPercent),
          })}
        </Text>
      )}
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => setOpen(true)}
        disabled={!taat}
        data-testid="taat-explain-open"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('taat.explain')}
      </Button>
      <TaatDrawer taat={taat} opened={open} onClose={() => setOpen(false)} />
    </Stack>
  );
  const pbbt = (
    <PbbtView rapor={rapor} taat={taat} taatFailed={query.isError} onExplain={() => setOpen(true)} />
  );
  const bandSuffix = opinion.applies && opinion.qualifies ? ` ${t('taat.opinion.suffix')}` : null;
  return <>{children({ beside, pbbt, bandSuffix })}</>;
}
