import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewUnit, UnitTarget } from '../../../../shared/contracts/unit-history';
import { todayIn } from '../../../../shared/format/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useReorganiseUnit } from '../api/unit-history-api';
import { type Sector, SECTORS, UNIT_TYPES, type UnitType } from '../../../../shared/contracts/enums';
import type { UnitDetailDto, UnitDto } from '../../../../shared/contracts/registry';
import { buildTree, descendantsOf } from '../api/units-api';
import { DateField } from '../../../components/ui/date-field';

export type ReorganiseKind = 'rename' | 'merge' | 'split';

interface Props {
  kind: ReorganiseKind;
  unit: UnitDetailDto;
  /** The government's units (archived ones included or not: only active ones are offered). */
  units: UnitDto[];
  onDone: () => void;
  onCancel: () => void;
}

interface Decree {
  effectiveOn: string;
  reference: string;
  note: string;
}

/** Effective date, decree reference and note: what every change records. */
function DecreeFields({
  value,
  onChange,
  errors,
}: {
  value: Decree;
  onChange: (d: Decree) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('unitHistory.effectiveOn')}
          required
          value={value.effectiveOn}
          onChange={(e) => onChange({ ...value, effectiveOn: e.currentTarget.value })}
          error={errors.effectiveOn}
          data-testid="uh-effective"
        />
        <TextInput
          label={t('unitHistory.reference')}
          placeholder={t('unitHistory.referenceHint')}
          value={value.reference}
          onChange={(e) => onChange({ ...value, reference: e.currentTarget.value })}
          error={errors.reference}
          data-testid="uh-reference"
        />
      </SimpleGrid>
      <Textarea
        label={t('unitHistory.note')}
        autosize
        minRows={2}
        value={value.note}
        onChange={(e) => onChange({ ...value, note: e.currentTarget.value })}
        error={errors.note}
      />
    </>
  );
}

interface TargetDraft {
  mode: 'existing' | 'new';
  unitId: string;
  name: string;
  type: UnitType;
  sector: Sector;
}

const blankTarget = (sector: Sector): TargetDraft => ({
  mode: 'new',
  unitId: '',
  name: '',
  type: 'opd',
  sector,
});

function toTarget(d: TargetDraft): UnitTarget {
  if (d.mode === 'existing') return { unitId: d.unitId || undefined };
  const newUnit: NewUnit = { name: d.name, type: d.type, sector: d.sector };
  return { newUnit };
}

/** One successor: an existing unit of the government, or a new unit (name, type, sector). */
function TargetFields({
  value,
  onChange,
  options,
  errors,
  prefix,
  label,
}: {
  value: TargetDraft;
  onChange: (d: TargetDraft) => void;
  options: Array<{ value: string; label: string }>;
  errors: Record<string, string>;
  prefix: string;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={label} data-testid={`uh-target-${prefix}`}>
      <Stack gap="xs">
        <SegmentedControl
          fullWidth
          value={value.mode}
          onChange={(m) => onChange({ ...value, mode: m as TargetDraft['mode'] })}
          data={[
            { value: 'existing', label: t('unitHistory.existingUnit') },
            { value: 'new', label: t('unitHistory.newUnit') },
          ]}
          aria-label={label}
        />
        {value.mode === 'existing' ? (
          <NativeSelect
            label={t('unitHistory.chooseUnit')}
            value={value.unitId}
            onChange={(e) => onChange({ ...value, unitId: e.currentTarget.value })}
            data={[{ value: '', label: t('unitHistory.chooseUnitPlaceholder') }, ...options]}
            error={errors[`${prefix}.unitId`]}
            data-testid={`uh-${prefix}-unit`}
          />
        ) : (
          <>
            <TextInput
              label={t('units.name')}
              required
              value={value.name}
              onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
              error={errors[`${prefix}.newUnit.name`] ?? errors[`${prefix}.unitId`]}
              data-testid={`uh-${prefix}-name`}
            />
            <SimpleGrid cols={2}>
              <NativeSelect
                label={t('units.type')}
                value={value.type}
                onChange={(e) => onChange({ ...value, type: e.currentTarget.value as UnitType })}
                data={UNIT_TYPES.map((v) => ({ value: v, label: t(`unitType.${v}`) }))}
              />
              <NativeSelect
                label={t('units.sector')}
                value={value.sector}
                onChange={(e) => onChange({ ...value, sector: e.currentTarget.value as Sector })}
                data={SECTORS.map((v) => ({ value: v, label: t(`sector.${v}`) }))}
              />
            </SimpleGrid>
            {errors[`${prefix}.newUnit.code`] && (
              <Text size="sm" c="red">
                {errors[`${prefix}.newUnit.code`]}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Fieldset>
  );
}

/**
 * The form behind "Ganti nama / Gabungkan / Pecah" on a unit's page. The server checks every rule
 * (same government, active units, no loops, running cycles); its field errors show beside the fields.
 */
export function ReorganiseForm({ kind, unit, units, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [decree, setDecree] = useState<Decree>({ effectiveOn: todayIn(), reference: '', note: '' });
  const [name, setName] = useState(unit.name);
  const [into, setInto] = useState<TargetDraft>({ ...blankTarget(unit.sector), mode: 'existing' });
  const [withIds, setWithIds] = useState<string[]>([]);
  const [parts, setParts] = useState<TargetDraft[]>([blankTarget(unit.sector), blankTarget(unit.sector)]);
  const save = useReorganiseUnit(unit.governmentId, unit.id);
  const errors = fieldErrors(save.error);

  const below = descendantsOf(units, unit.id);
  const active = buildTree(units.filter((u) => !u.archivedAt && u.id !== unit.id));
  const options = active.map((r) => ({ value: r.unit.id, label: `${'— '.repeat(r.depth)}${r.unit.name}` }));
  const successorOptions = options.filter((o) => !below.has(o.value));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const d = {
      effectiveOn: decree.effectiveOn,
      reference: decree.reference || null,
      note: decree.note || null,
    };
    try {
      if (kind === 'rename') await save.mutateAsync({ kind, body: { ...d, name } });
      else if (kind === 'merge')
        await save.mutateAsync({ kind, body: { ...d, into: toTarget(into), with: withIds } });
      else await save.mutateAsync({ kind, body: { ...d, into: parts.map(toTarget) } });
      notifySuccess(t(`unitHistory.done.${kind}`, { name: unit.name }));
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t(`unitHistory.explain.${kind}`, { name: unit.name })}
        </Text>
        {kind === 'rename' && (
          <TextInput
            label={t('unitHistory.newName')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-testid="uh-name"
          />
        )}
        {kind === 'merge' && (
          <>
            <MultiSelect
              label={t('unitHistory.mergeWith')}
              description={t('unitHistory.mergeWithHint')}
              data={options}
              value={withIds}
              onChange={setWithIds}
              searchable
              clearable
              error={errors.with ?? errors['with.0']}
              data-testid="uh-with"
            />
            <TargetFields
              value={into}
              onChange={setInto}
              options={successorOptions.filter((o) => !withIds.includes(o.value))}
              errors={errors}
              prefix="into"
              label={t('unitHistory.successor')}
            />
          </>
        )}
        {kind === 'split' &&
          parts.map((p, i) => (
            <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ flex: 1, minWidth: 0 }}>
                <TargetFields
                  value={p}
                  onChange={(next) => setParts(parts.map((x, j) => (j === i ? next : x)))}
                  options={successorOptions}
                  errors={errors}
                  prefix={`into.${i}`}
                  label={t('unitHistory.successorN', { n: i + 1 })}
                />
              </div>
              {parts.length > 2 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt="md"
                  aria-label={t('unitHistory.removeSuccessor', { n: i + 1 })}
                  onClick={() => setParts(parts.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
        {kind === 'split' && (
          <>
            {errors.into && (
              <Text size="sm" c="red">
                {errors.into}
              </Text>
            )}
            <Button
              variant="light"
              onClick={() => setParts([...parts, blankTarget(unit.sector)])}
              disabled={parts.length >= 20}
            >
              {t('unitHistory.addSuccessor')}
            </Button>
          </>
        )}
        <DecreeFields value={decree} onChange={setDecree} errors={errors} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="uh-submit">
            {t(`unitHistory.submit.${kind}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
