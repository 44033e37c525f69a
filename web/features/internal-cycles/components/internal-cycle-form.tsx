import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_INTERNAL_FRAMEWORK } from '../../../../shared/contracts/assessments-internal';
import { frameworkDisplayName } from '../../../../shared/frameworks/framework-label';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useCreateInternalCycle,
  useFrameworkChoices,
  useGovernmentUnits,
  useInternalFramework,
  type CycleDetail,
} from '../api/internal-cycles-api';
import { UnitPicker } from './unit-picker';
import { DateField } from '../../../components/ui/date-field';

/** The phase dates of an internal cycle, in order: no appeal phase (verification → final). */
export const INTERNAL_DATE_FIELDS = [
  'selfStart',
  'selfEnd',
  'verifyStart',
  'verifyEnd',
  'finalDate',
] as const;
type DateField = (typeof INTERNAL_DATE_FIELDS)[number];

/** Default windows: the government checks itself in the first half year, before the Ombudsman comes. */
function defaultDates(year: number): Record<DateField, string> {
  return {
    selfStart: `${year}-02-01`,
    selfEnd: `${year}-03-31`,
    verifyStart: `${year}-04-01`,
    verifyEnd: `${year}-05-31`,
    finalDate: `${year}-06-14`,
  };
}

interface Props {
  governmentId: string;
  onDone: (cycle: CycleDetail) => void;
  onCancel: () => void;
}

/**
 * A coordinator opens a penilaian mandiri: year, name, framework (the spot-check set, compiled by
 * Patuh, by default), all units or a chosen subset, and the phase dates. The server's field errors
 * show beside their fields.
 */
export function InternalCycleForm({ governmentId, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number>(thisYear);
  const [name, setName] = useState(t('internal.form.defaultName', { year: thisYear }));
  const [frameworkId, setFrameworkId] = useState(DEFAULT_INTERNAL_FRAMEWORK);
  const [frameworkTouched, setFrameworkTouched] = useState(false);
  const fallback = useInternalFramework(governmentId);
  const [scope, setScope] = useState<'all' | 'some'>('all');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [dates, setDates] = useState(defaultDates(thisYear));
  const frameworks = useFrameworkChoices();
  const units = useGovernmentUnits(governmentId);
  const create = useCreateInternalCycle(governmentId);
  const errors = fieldErrors(create.error);
  // The server names a refused unit by its place in the list (`unitIds.3`): one message for the picker.
  const unitError = errors.unitIds ?? Object.entries(errors).find(([k]) => k.startsWith('unitIds.'))?.[1];
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const activeUnits = (units.data?.items ?? []).filter((u) => !u.archivedAt);

  // The default is the office's own spot-check set when it has one, until the user picks another.
  const defaultId = fallback.data?.framework.id;
  useEffect(() => {
    if (defaultId && !frameworkTouched) setFrameworkId(defaultId);
  }, [defaultId, frameworkTouched]);

  function changeYear(value: number) {
    setYear(value);
    if (value >= 2000 && value <= 2100) {
      setDates(defaultDates(value));
      setName(t('internal.form.defaultName', { year: value }));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const cycle = await create.mutateAsync({
        year,
        name,
        frameworkId,
        allUnits: scope === 'all',
        unitIds: scope === 'all' ? [] : unitIds,
        ...dates,
      });
      notifySuccess(t('internal.created', { name: cycle.name }));
      onDone(cycle);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  const frameworkOptions = (frameworks.data ?? []).map((f) => ({
    value: f.id,
    label: `${frameworkDisplayName(f.nameLocalized[lang], f.compiledBy, lang)} (${f.version})${
      f.officeSpotCheck && f.officeName ? ` — ${t('internal.form.officeSet', { office: f.officeName })}` : ''
    }${f.draft ? ` — ${t('frameworks.draftBadge')}` : ''}`,
    disabled: f.draft,
  }));
  const chosen = (frameworks.data ?? []).find((f) => f.id === frameworkId);
  // Until the list loads (or if it lacks it), the default still shows by its id.
  if (!frameworkOptions.some((o) => o.value === frameworkId))
    frameworkOptions.unshift({ value: frameworkId, label: frameworkId, disabled: false });

  return (
    <form onSubmit={submit} noValidate data-testid="internal-cycle-form">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('cycles.year')}
            value={year}
            onChange={(v) => changeYear(Number(v))}
            min={2000}
            max={2100}
            error={errors.year}
            data-testid="internal-form-year"
          />
          <TextInput
            label={t('cycles.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.name}
            data-testid="internal-form-name"
          />
        </SimpleGrid>
        <NativeSelect
          label={t('cycles.framework')}
          value={frameworkId}
          onChange={(e) => {
            setFrameworkTouched(true);
            setFrameworkId(e.currentTarget.value);
          }}
          data={frameworkOptions}
          error={errors.frameworkId}
          description={
            chosen?.compiledBy === 'patuh'
              ? t('internal.form.spotCheckHint')
              : chosen?.officeSpotCheck
                ? t('internal.form.officeSetHint')
                : t('cycles.frameworkFreezes')
          }
          data-testid="internal-form-framework"
        />
        <Radio.Group
          label={t('internal.form.units')}
          value={scope}
          onChange={(v) => setScope(v === 'some' ? 'some' : 'all')}
          error={errors.allUnits ?? (scope === 'all' ? unitError : undefined)}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="all"
              label={t('internal.form.allUnits', { count: activeUnits.length })}
              data-testid="internal-form-all"
            />
            <Radio value="some" label={t('internal.form.someUnits')} data-testid="internal-form-some" />
          </Stack>
        </Radio.Group>
        {scope === 'some' && (
          <UnitPicker units={activeUnits} value={unitIds} onChange={setUnitIds} error={unitError} />
        )}
        <div>
          <Text size="sm" fw={500}>
            {t('internal.form.phases')}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('internal.form.phasesHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {INTERNAL_DATE_FIELDS.map((f) => (
              <DateField
                key={f}
                label={t(`cycles.dates.${f}`)}
                value={dates[f]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setDates((d) => ({ ...d, [f]: value }));
                }}
                error={errors[f]}
                data-testid={`internal-form-${f}`}
              />
            ))}
          </SimpleGrid>
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="internal-form-submit">
            {t('internal.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
