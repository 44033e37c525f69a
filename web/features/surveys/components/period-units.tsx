import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Image,
  NumberInput,
  Progress,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import {
  counterSvgUrl,
  useCounterLink,
  useCreateSlips,
  useSlipBatches,
  type PeriodDetail,
} from '../api/surveys-api';

type Unit = PeriodDetail['units'][number];

/** Each unit's required sample, accepted / flagged / staff-entered counts and progress toward it. */
export function PeriodUnits({ period, canCollect }: { period: PeriodDetail; canCollect: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack gap="sm" data-testid="period-units">
      {period.units.map((u) => (
        <Card withBorder key={u.unitId} data-testid="period-unit">
          <Stack gap={6}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600}>{u.unitName}</Text>
              {period.kind !== 'skm' && <Badge variant="light">{u.governmentName}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {u.sampleSource === 'krejcie_morgan'
                ? t('surveys.units.sampleKm', { population: f.number(u.population), n: f.number(u.required) })
                : t('surveys.units.sampleTarget', { n: f.number(u.required) })}
            </Text>
            <Progress
              value={Math.min(100, u.progressPercent)}
              size="lg"
              aria-label={t('surveys.units.progressOf', { unit: u.unitName })}
              data-testid="unit-progress"
            />
            <Group gap="md" wrap="wrap">
              <Text size="sm" data-testid="unit-accepted">
                {t('surveys.units.accepted', { n: f.number(u.accepted), of: f.number(u.required) })} (
                {f.percent(u.progressPercent, 1)})
              </Text>
              <Text size="sm" c={u.flagged ? 'orange.9' : undefined} data-testid="unit-flagged">
                {t('surveys.units.flagged', { n: f.number(u.flagged) })}
              </Text>
              <Text size="sm" data-testid="unit-staff">
                {t('surveys.units.staff', { n: f.number(u.staffEntered) })}
              </Text>
            </Group>
            {period.kind === 'skm' && (
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => setOpen(open === u.unitId ? null : u.unitId)}
                  aria-expanded={open === u.unitId}
                  data-testid="unit-collect-toggle"
                >
                  {t('surveys.units.collect')}
                </Button>
              </Group>
            )}
            {open === u.unitId && <CollectPanel period={period} unit={u} canCollect={canCollect} />}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** The counter QR of today (valid on the unit's local date) and the one-time slips. */
function CollectPanel({
  period,
  unit,
  canCollect,
}: {
  period: PeriodDetail;
  unit: Unit;
  canCollect: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const counter = useCounterLink(period.id, unit.unitId, period.status === 'open');
  const slips = useSlipBatches(period.id, unit.unitId, period.slipsEnabled);
  const create = useCreateSlips(period.id, unit.unitId);
  const [count, setCount] = useState<number | string>(50);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="collect-panel">
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t('surveys.units.counterQr')}
        </Text>
        {period.status !== 'open' ? (
          <Text size="sm">{t('surveys.units.closedNoQr')}</Text>
        ) : (
          <>
            <Image
              src={counterSvgUrl(period.id, unit.unitId)}
              alt={t('surveys.units.qrAlt', { unit: unit.unitName })}
              w={180}
              h={180}
              fit="contain"
              data-testid="counter-qr"
            />
            {counter.data && (
              <>
                <Anchor
                  href={counter.data.url}
                  target="_blank"
                  size="sm"
                  style={{ wordBreak: 'break-all' }}
                  data-testid="counter-url"
                >
                  {counter.data.url}
                </Anchor>
                <Text size="sm" data-testid="counter-valid">
                  {t('surveys.units.validOn', {
                    date: f.date(counter.data.validOn),
                    zone: counter.data.timeZone,
                  })}
                </Text>
              </>
            )}
          </>
        )}
      </Stack>
      {period.slipsEnabled && (
        <Stack gap={4} data-testid="slips">
          <Text fw={600} size="sm">
            {t('surveys.units.slips')}
          </Text>
          {canCollect && period.status === 'open' && (
            <Group align="flex-end" gap="xs">
              <NumberInput
                label={t('surveys.units.slipCount')}
                min={1}
                max={500}
                value={count}
                onChange={setCount}
                w={120}
                data-testid="slip-count"
              />
              <Button
                loading={create.isPending}
                onClick={() =>
                  create.mutate(Number(count), {
                    onSuccess: () => notifySuccess(t('surveys.units.slipsCreated')),
                    onError: (e) => notifyError(e, t('common.saveFailed'), { withFields: true }),
                  })
                }
                data-testid="slip-create"
              >
                {t('surveys.units.slipCreate')}
              </Button>
            </Group>
          )}
          {(slips.data?.items ?? []).map((b) => (
            <Group key={b.batch} gap="xs" data-testid="slip-batch">
              <Anchor href={b.sheetUrl} download size="sm">
                {t('surveys.units.slipBatch', { batch: b.batch, count: b.count })}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('surveys.units.slipUsed', { n: f.number(b.used) })} · {f.dateTime(b.createdAt)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </SimpleGrid>
  );
}
