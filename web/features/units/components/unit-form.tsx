import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { type Sector, SECTORS, UNIT_TYPES, type UnitType } from '../../../../shared/contracts/enums';
import type { UnitDto } from '../../../../shared/contracts/registry';
import { buildTree, descendantsOf, useSaveUnit } from '../api/units-api';

interface Props {
  governmentId: string;
  units: UnitDto[];
  unit?: UnitDto;
  defaultParentId?: string | null;
  onDone: (unit: UnitDto) => void;
  onCancel: () => void;
}

/** Add or edit a unit, with its place in the tree (parent select shows the hierarchy). */
export function UnitForm({ governmentId, units, unit, defaultParentId, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(unit?.name ?? '');
  const [type, setType] = useState<UnitType>(unit?.type ?? 'opd');
  const [sector, setSector] = useState<Sector>(unit?.sector ?? 'lainnya');
  const [parentId, setParentId] = useState(unit?.parentId ?? defaultParentId ?? '');
  const [code, setCode] = useState(unit?.code ?? '');
  const [address, setAddress] = useState(unit?.address ?? '');
  const save = useSaveUnit(governmentId);
  const errors = fieldErrors(save.error);

  const excluded = unit ? descendantsOf(units, unit.id) : new Set<string>();
  const parentOptions = buildTree(units.filter((u) => !u.archivedAt))
    .filter((r) => !excluded.has(r.unit.id))
    .map((r) => ({ value: r.unit.id, label: `${'— '.repeat(r.depth)}${r.unit.name}` }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await save.mutateAsync({
        id: unit?.id,
        input: {
          name,
          type,
          sector,
          parentId: parentId || null,
          code: code || null,
          address: address || null,
        },
      });
      notifySuccess(
        unit ? t('units.updated', { name: saved.name }) : t('units.created', { name: saved.name }),
      );
      onDone(saved);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('units.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          data-testid="unit-form-name"
        />
        <SimpleGrid cols={2}>
          <NativeSelect
            label={t('units.type')}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as UnitType)}
            data={UNIT_TYPES.map((v) => ({ value: v, label: t(`unitType.${v}`) }))}
            error={errors.type}
            data-testid="unit-form-type"
          />
          <NativeSelect
            label={t('units.sector')}
            value={sector}
            onChange={(e) => setSector(e.currentTarget.value as Sector)}
            data={SECTORS.map((v) => ({ value: v, label: t(`sector.${v}`) }))}
            error={errors.sector}
            data-testid="unit-form-sector"
          />
        </SimpleGrid>
        <NativeSelect
          label={t('units.parent')}
          value={parentId}
          onChange={(e) => setParentId(e.currentTarget.value)}
          data={[{ value: '', label: t('units.noParent') }, ...parentOptions]}
          error={errors.parentId}
          data-testid="unit-form-parent"
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('units.code')}
            description={t('units.codeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.code}
            data-testid="unit-form-code"
          />
          <TextInput
            label={t('common.address')}
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
            error={errors.address}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="unit-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
