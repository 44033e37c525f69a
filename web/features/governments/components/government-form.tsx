import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  GOVERNMENT_TYPES,
  type GovernmentType,
  isRegionalGovernmentType,
} from '../../../../shared/contracts/enums';
import type { GovernmentDto } from '../../../../shared/contracts/registry';
import { useOfficeOptions, useRegions, useSaveGovernment } from '../api/governments-api';

/** Same rule as the server: "Kabupaten Balangan" → "Pemerintah Kabupaten Balangan". */
function defaultName(type: GovernmentType, regionName: string) {
  return type === 'pemprov' ? `Pemerintah Provinsi ${regionName}` : `Pemerintah ${regionName}`;
}

interface Props {
  government?: GovernmentDto;
  canChooseOffice: boolean;
  onDone: (gov: GovernmentDto) => void;
  onCancel: () => void;
}

/**
 * Create or edit a government. Regional governments are picked from the Kemendagri region list
 * (province, then regency/city), only among regions not registered yet; the name is prefilled.
 */
export function GovernmentForm({ government, canChooseOffice, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const editing = Boolean(government);
  const [type, setType] = useState<GovernmentType>(government?.type ?? 'pemkab');
  const [provinceCode, setProvinceCode] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [name, setName] = useState(government?.name ?? '');
  const [nameTouched, setNameTouched] = useState(editing);
  const [officeId, setOfficeId] = useState(government?.officeId ?? '');
  const [address, setAddress] = useState(government?.address ?? '');
  const [website, setWebsite] = useState(government?.website ?? '');
  const save = useSaveGovernment();
  const errors = fieldErrors(save.error);

  const regional = isRegionalGovernmentType(type);
  const provinces = useRegions({ level: 'province', unregistered: type === 'pemprov' }, !editing && regional);
  const regencies = useRegions(
    { level: 'regency', provinceCode, unregistered: true },
    !editing && (type === 'pemkab' || type === 'pemkot') && Boolean(provinceCode),
  );
  const offices = useOfficeOptions(canChooseOffice);
  const regencyItems = (regencies.data?.items ?? []).filter((r) =>
    type === 'pemkot' ? r.kind === 'kota' : r.kind === 'kabupaten',
  );

  function pickRegion(code: string, regionName: string | undefined) {
    setRegionCode(code);
    if (!nameTouched) setName(regionName ? defaultName(type, regionName) : '');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const input = editing
        ? {
            name,
            address: address || null,
            website: website || null,
            ...(canChooseOffice && officeId ? { officeId } : {}),
          }
        : {
            type,
            name: name || undefined,
            regionCode: regional ? regionCode || null : null,
            address: address || null,
            website: website || null,
            ...(canChooseOffice && officeId ? { officeId } : {}),
          };
      const gov = await save.mutateAsync({ id: government?.id, input });
      notifySuccess(editing ? t('governments.updated') : t('governments.created', { name: gov.name }));
      onDone(gov);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!editing && (
          <NativeSelect
            label={t('governments.type')}
            value={type}
            onChange={(e) => {
              setType(e.currentTarget.value as GovernmentType);
              setProvinceCode('');
              setRegionCode('');
              if (!nameTouched) setName('');
            }}
            data={GOVERNMENT_TYPES.map((v) => ({ value: v, label: t(`governmentType.${v}`) }))}
            error={errors.type}
            data-testid="gov-form-type"
          />
        )}
        {!editing && regional && (
          <NativeSelect
            label={t('governments.province')}
            value={type === 'pemprov' ? regionCode : provinceCode}
            onChange={(e) => {
              const code = e.currentTarget.value;
              if (type === 'pemprov')
                pickRegion(code, provinces.data?.items.find((p) => p.code === code)?.name);
              else {
                setProvinceCode(code);
                pickRegion('', undefined);
              }
            }}
            data={[
              { value: '', label: provinces.isPending ? t('common.loading') : t('governments.pickProvince') },
              ...(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: p.name })),
            ]}
            error={type === 'pemprov' ? errors.regionCode : undefined}
            data-testid="gov-form-province"
          />
        )}
        {!editing && (type === 'pemkab' || type === 'pemkot') && (
          <NativeSelect
            label={type === 'pemkot' ? t('governments.city') : t('governments.regency')}
            value={regionCode}
            disabled={!provinceCode}
            onChange={(e) => {
              const code = e.currentTarget.value;
              pickRegion(code, regencyItems.find((r) => r.code === code)?.name);
            }}
            data={[
              { value: '', label: regencies.isFetching ? t('common.loading') : t('governments.pickRegency') },
              ...regencyItems.map((r) => ({ value: r.code, label: r.name })),
            ]}
            description={
              provinceCode && !regencies.isFetching && regencyItems.length === 0
                ? t('governments.noRegencyLeft')
                : undefined
            }
            error={errors.regionCode}
            data-testid="gov-form-regency"
          />
        )}
        <TextInput
          label={t('governments.name')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setNameTouched(true);
          }}
          required={!regional || editing}
          error={errors.name}
          data-testid="gov-form-name"
        />
        {canChooseOffice && (
          <NativeSelect
            label={t('governments.office')}
            value={officeId}
            onChange={(e) => setOfficeId(e.currentTarget.value)}
            data={[
              { value: '', label: editing ? t('governments.keepOffice') : t('governments.officeAuto') },
              ...(offices.data?.items ?? [])
                .filter((o) => !o.archivedAt)
                .map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={errors.officeId}
          />
        )}
        <TextInput
          label={t('common.address')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          error={errors.address}
        />
        <TextInput
          label={t('governments.website')}
          value={website}
          placeholder="https://"
          onChange={(e) => setWebsite(e.currentTarget.value)}
          error={errors.website}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="gov-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
