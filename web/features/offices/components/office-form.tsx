import { Button, Checkbox, Group, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepEnterInMultiSelect } from '../../../lib/form-keys';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import type { OfficeDto } from '../../../../shared/contracts/registry';
import { useProvinces, useSaveOffice } from '../api/offices-api';

/** An Ombudsman office (perwakilan) and the provinces it oversees. */
export function OfficeForm({ office, onDone }: { office?: OfficeDto; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(office?.name ?? '');
  const [code, setCode] = useState(office?.code ?? '');
  const [isHeadOffice, setIsHeadOffice] = useState(office?.isHeadOffice ?? false);
  const [address, setAddress] = useState(office?.address ?? '');
  const [provinceCodes, setProvinceCodes] = useState<string[]>(office?.provinceCodes ?? []);
  const provinces = useProvinces();
  const save = useSaveOffice();
  const errors = fieldErrors(save.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await save.mutateAsync({
        id: office?.id,
        input: { name, code: code.toUpperCase(), isHeadOffice, address: address || null, provinceCodes },
      });
      notifySuccess(
        office ? t('offices.updated', { name: saved.name }) : t('offices.created', { name: saved.name }),
      );
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={keepEnterInMultiSelect} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('offices.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            style={{ gridColumn: 'span 2' }}
            data-testid="office-form-name"
          />
          <TextInput
            label={t('offices.code')}
            required
            description={t('offices.codeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
            error={errors.code}
            data-testid="office-form-code"
          />
        </SimpleGrid>
        <TextInput
          label={t('common.address')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          error={errors.address}
        />
        <MultiSelect
          label={t('offices.provinces')}
          description={t('offices.provincesHint')}
          data={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
          value={provinceCodes}
          onChange={setProvinceCodes}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          error={errors.provinceCodes}
          data-testid="office-form-provinces"
        />
        <Checkbox
          label={t('offices.isHeadOffice')}
          checked={isHeadOffice}
          onChange={(e) => setIsHeadOffice(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="office-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
