import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../shared/format/format';
import { requiredSample } from '../../../../shared/surveys/krejcie-morgan';
import { browserZone, useFormat } from '../../../lib/format';
import { keepEnterInMultiSelect } from '../../../lib/form-keys';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useCreateSkmPeriod,
  useGovernmentProducts,
  useGovernmentUnits,
  useInstruments,
  type PeriodDetail,
} from '../api/surveys-api';
import { errorUnder, parseCount, useWord } from '../lib/words';
import { DateField } from '../../../components/ui/date-field';

interface UnitRow {
  key: number;
  unitId: string;
  population: string;
  productIds: string[];
}

let nextKey = 1;
const blankRow = (): UnitRow => ({ key: nextKey++, unitId: '', population: '', productIds: [] });

/**
 * A government's coordinator opens an SKM period: title, dates, instrument, the units with their
 * population of service users (the required sample shows as it is typed: the printed
 * Krejcie–Morgan row) and products, the interim-results and slips switches.
 */
export function SkmPeriodForm({
  governmentId,
  onDone,
}: {
  governmentId: string;
  onDone: (p: PeriodDetail) => void;
}) {
  const { t } = useTranslation();
  const word = useWord();
  const f = useFormat();
  const year = todayIn(browserZone()).slice(0, 4);
  const [title, setTitle] = useState(`SKM ${year}`);
  const [startsOn, setStartsOn] = useState(() => todayIn(browserZone()));
  const [endsOn, setEndsOn] = useState(`${year}-12-31`);
  const [instrumentId, setInstrumentId] = useState('skm-permenpan-14-2017');
  const [interimVisible, setInterimVisible] = useState(false);
  const [slipsEnabled, setSlipsEnabled] = useState(false);
  const [rows, setRows] = useState<UnitRow[]>([blankRow()]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const instruments = useInstruments();
  const units = useGovernmentUnits(governmentId);
  const products = useGovernmentProducts(governmentId);
  const create = useCreateSkmPeriod();
  const errors = { ...fieldErrors(create.error), ...localErrors };

  const skmInstruments = (instruments.data?.items ?? []).filter((i) => i.kind === 'skm');
  const unitOptions = (units.data?.items ?? []).filter((u) => !u.archivedAt);
  const update = (key: number, patch: Partial<UnitRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const total = rows.reduce((s, r) => {
    const n = parseCount(r.population);
    return s + (n ? requiredSample(n) : 0);
  }, 0);

  /** What the browser can tell before sending: a unit and a population on every row. */
  function check(): Record<string, string> {
    const e: Record<string, string> = {};
    if (!title.trim()) e.title = t('surveys.form.required');
    if (endsOn < startsOn) e.endsOn = t('surveys.form.endBeforeStart');
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (!r.unitId) e[`units.${i}.unitId`] = t('surveys.form.chooseUnit');
      else if (seen.has(r.unitId)) e[`units.${i}.unitId`] = t('surveys.form.unitTwice');
      seen.add(r.unitId);
      if (parseCount(r.population) === null) e[`units.${i}.population`] = t('surveys.form.populationInvalid');
    });
    return e;
  }

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    const e = check();
    setLocalErrors(e);
    if (Object.keys(e).length) return;
    try {
      const saved = await create.mutateAsync({
        governmentId,
        instrumentId,
        title,
        startsOn,
        endsOn,
        interimVisible,
        slipsEnabled,
        units: rows.map((r) => ({
          unitId: r.unitId,
          population: parseCount(r.population) ?? 0,
          productIds: r.productIds,
        })),
      });
      notifySuccess(t('surveys.form.created'));
      onDone(saved);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={keepEnterInMultiSelect} noValidate data-testid="skm-period-form">
      <Stack>
        <TextInput
          label={t('surveys.form.title')}
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          data-testid="skm-title"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField
            label={t('surveys.form.startsOn')}
            required
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            error={errors.startsOn}
            data-testid="skm-starts"
          />
          <DateField
            label={t('surveys.form.endsOn')}
            required
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
            error={errors.endsOn}
            data-testid="skm-ends"
          />
          <NativeSelect
            label={t('surveys.form.instrument')}
            value={instrumentId}
            onChange={(e) => setInstrumentId(e.currentTarget.value)}
            data={
              skmInstruments.length
                ? skmInstruments.map((i) => ({ value: i.id, label: word(i.name) }))
                : [{ value: instrumentId, label: instrumentId }]
            }
            error={errors.instrumentId}
            data-testid="skm-instrument"
          />
        </SimpleGrid>
        <Switch
          label={t('surveys.form.interimVisible')}
          description={t('surveys.form.interimHint')}
          checked={interimVisible}
          onChange={(e) => setInterimVisible(e.currentTarget.checked)}
          data-testid="skm-interim"
        />
        <Switch
          label={t('surveys.form.slipsEnabled')}
          description={t('surveys.form.slipsHint')}
          checked={slipsEnabled}
          onChange={(e) => setSlipsEnabled(e.currentTarget.checked)}
          data-testid="skm-slips"
        />
        <Stack gap="xs" data-testid="skm-units">
          <Text fw={600}>{t('surveys.form.units')}</Text>
          {errors.units && (
            <Text c="red" size="sm">
              {errors.units}
            </Text>
          )}
          {rows.map((r, i) => {
            const n = parseCount(r.population);
            const unitProducts = (products.data?.items ?? []).filter(
              (p) => p.unitId === r.unitId && !p.archivedAt,
            );
            return (
              <Card
                withBorder
                key={r.key}
                p="sm"
                role="group"
                aria-label={t('surveys.form.unitRow', { n: i + 1 })}
                data-testid="skm-unit-row"
              >
                <Stack gap="xs">
                  <NativeSelect
                    label={t('surveys.unit')}
                    required
                    value={r.unitId}
                    onChange={(e) => update(r.key, { unitId: e.currentTarget.value, productIds: [] })}
                    data={[
                      { value: '', label: t('surveys.form.chooseUnit') },
                      ...unitOptions.map((u) => ({ value: u.id, label: u.name })),
                    ]}
                    error={errors[`units.${i}.unitId`]}
                    data-testid="skm-unit"
                  />
                  <TextInput
                    label={t('surveys.form.population')}
                    description={t('surveys.form.populationHint')}
                    required
                    inputMode="numeric"
                    value={r.population}
                    onChange={(e) => update(r.key, { population: e.currentTarget.value })}
                    error={errors[`units.${i}.population`]}
                    data-testid="skm-population"
                  />
                  <Text size="sm" aria-live="polite" data-testid="skm-required">
                    {n
                      ? t('surveys.form.requiredSample', { n: f.number(requiredSample(n)) })
                      : t('surveys.form.requiredSampleNone')}
                  </Text>
                  <MultiSelect
                    label={t('surveys.form.products')}
                    data={unitProducts.map((p) => ({ value: p.id, label: p.name }))}
                    value={r.productIds}
                    onChange={(v) => update(r.key, { productIds: v })}
                    disabled={!r.unitId}
                    searchable
                    clearable
                    nothingFoundMessage={t('common.nothingFound')}
                    error={errorUnder(errors, `units.${i}.productIds`)}
                    data-testid="skm-products"
                  />
                  {rows.length > 1 && (
                    <Group justify="flex-end">
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                      >
                        {t('surveys.form.removeUnit')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Card>
            );
          })}
          <Group justify="space-between">
            <Button
              variant="light"
              onClick={() => setRows((rs) => [...rs, blankRow()])}
              data-testid="skm-add-unit"
            >
              {t('surveys.form.addUnit')}
            </Button>
            <Text size="sm" data-testid="skm-total">
              {t('surveys.form.totalSample', { n: f.number(total) })}
            </Text>
          </Group>
        </Stack>
        {create.error && !Object.keys(fieldErrors(create.error)).length ? (
          <Alert color="red">{(create.error as Error).message}</Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} data-testid="skm-submit">
            {t('surveys.form.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
