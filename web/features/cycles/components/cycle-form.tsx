import { frameworkDisplayName } from '../../../../shared/frameworks/framework-label';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  PHASE_DATE_FIELDS,
  useCreateCycle,
  useFrameworkOptions,
  type Cycle,
  type PhaseDateField,
} from '../api/cycles-api';
import { DateField } from '../../../components/ui/date-field';

/** Default windows of a year's cycle (REFERENCE §1: self fill in spring, publication in autumn). */
function defaultDates(year: number): Record<PhaseDateField, string> {
  return {
    selfStart: `${year}-03-01`,
    selfEnd: `${year}-05-31`,
    verifyStart: `${year}-06-03`,
    verifyEnd: `${year}-08-30`,
    appealStart: `${year}-09-02`,
    appealEnd: `${year}-09-16`,
    finalDate: `${year}-10-31`,
  };
}

interface Props {
  offices: Array<{ id: string; name: string }>;
  onDone: (cycle: Cycle) => void;
  onCancel: () => void;
}

/** New cycle: year, name, framework version, phase windows and products per unit. */
export function CycleForm({ offices, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number>(thisYear);
  const [name, setName] = useState(t('cycles.defaultName', { year: thisYear }));
  const [frameworkId, setFrameworkId] = useState('ombudsman-2022-2024');
  const [productsPerUnit, setProductsPerUnit] = useState<number>(2);
  const [officeId, setOfficeId] = useState('');
  const [dates, setDates] = useState(defaultDates(thisYear));
  const frameworks = useFrameworkOptions();
  const create = useCreateCycle();
  const errors = fieldErrors(create.error);

  function changeYear(value: number) {
    setYear(value);
    if (value >= 2000 && value <= 2100) {
      setDates(defaultDates(value));
      setName(t('cycles.defaultName', { year: value }));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const cycle = await create.mutateAsync({
        year,
        name,
        frameworkId,
        productsPerUnit,
        ...dates,
        ...(officeId ? { officeId } : {}),
      });
      notifySuccess(t('cycles.created', { name: cycle.name }));
      onDone(cycle);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('cycles.year')}
            value={year}
            onChange={(v) => changeYear(Number(v))}
            min={2000}
            max={2100}
            error={errors.year}
            data-testid="cycle-form-year"
          />
          <NumberInput
            label={t('cycles.productsPerUnit')}
            value={productsPerUnit}
            onChange={(v) => setProductsPerUnit(Number(v))}
            min={1}
            max={10}
            error={errors.productsPerUnit}
            data-testid="cycle-form-products"
          />
        </SimpleGrid>
        <TextInput
          label={t('cycles.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          error={errors.name}
          data-testid="cycle-form-name"
        />
        <NativeSelect
          label={t('cycles.framework')}
          value={frameworkId}
          onChange={(e) => setFrameworkId(e.currentTarget.value)}
          data={(frameworks.data ?? [])
            .filter((f) => !f.archived)
            .map((f) => ({
              value: f.id,
              label: `${frameworkDisplayName(f.name, f.compiledBy, i18n.language)} (${f.version})${
                f.draft ? ` — ${t('frameworks.draftBadge')}` : ''
              }`,
              // A draft (unconfirmed weights and bands) is shown but cannot be chosen.
              disabled: f.draft,
            }))}
          error={errors.frameworkId}
          description={t('cycles.frameworkFreezes')}
          data-testid="cycle-form-framework"
        />
        {user?.role === 'admin' && (
          <NativeSelect
            label={t('cycles.office')}
            value={officeId}
            onChange={(e) => setOfficeId(e.currentTarget.value)}
            data={[
              { value: '', label: t('cycles.pickOffice') },
              ...offices.map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={errors.officeId}
            data-testid="cycle-form-office"
          />
        )}
        <SimpleGrid cols={2}>
          {PHASE_DATE_FIELDS.map((f) => (
            <DateField
              key={f}
              label={t(`cycles.dates.${f}`)}
              value={dates[f]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDates((d) => ({ ...d, [f]: value }));
              }}
              error={errors[f]}
              data-testid={`cycle-form-${f}`}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="cycle-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
