import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepEnterInMultiSelect } from '../../../lib/form-keys';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import type { AgreementDto } from '../../../../shared/contracts/agreements';
import { AGREEMENT_KINDS, type AgreementKind } from '../../../../shared/contracts/enums';
import { useSaveAgreement, useUnitOptions } from '../api/agreements-api';
import { DateField } from '../../../components/ui/date-field';

interface Props {
  governmentId: string;
  agreement?: AgreementDto;
  onDone: (agreement: AgreementDto) => void;
  onCancel: () => void;
}

/** MoU / PKS between the Ombudsman office and the government, with the units it monitors. */
export function AgreementForm({ governmentId, agreement, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AgreementKind>(agreement?.kind ?? 'mou');
  const [number, setNumber] = useState(agreement?.number ?? '');
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [parties, setParties] = useState(agreement?.parties ?? '');
  const [signedOn, setSignedOn] = useState(agreement?.signedOn ?? '');
  const [validFrom, setValidFrom] = useState(agreement?.validFrom ?? '');
  const [validUntil, setValidUntil] = useState(agreement?.validUntil ?? '');
  const [scope, setScope] = useState(agreement?.scope ?? '');
  const [unitIds, setUnitIds] = useState<string[]>(agreement?.units.map((u) => u.id) ?? []);
  const units = useUnitOptions(governmentId);
  const save = useSaveAgreement(governmentId);
  const errors = fieldErrors(save.error);
  const unitData = (units.data?.items ?? [])
    .filter((u) => !u.archivedAt || unitIds.includes(u.id))
    .map((u) => ({ value: u.id, label: u.name }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const saved = await save.mutateAsync({
        id: agreement?.id,
        input: {
          kind,
          number,
          title,
          parties,
          signedOn,
          validFrom: validFrom || null,
          validUntil: validUntil || null,
          scope: scope || null,
          unitIds,
        },
      });
      notifySuccess(agreement ? t('agreements.updated') : t('agreements.created'));
      onDone(saved);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={keepEnterInMultiSelect} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('agreements.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as AgreementKind)}
            data={AGREEMENT_KINDS.map((v) => ({ value: v, label: t(`agreementKind.${v}`) }))}
            error={errors.kind}
            data-testid="agreement-form-kind"
          />
          <TextInput
            label={t('agreements.number')}
            required
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={errors.number}
            data-testid="agreement-form-number"
          />
        </SimpleGrid>
        <TextInput
          label={t('agreements.titleField')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          data-testid="agreement-form-title"
        />
        <Textarea
          label={t('agreements.parties')}
          required
          autosize
          minRows={2}
          value={parties}
          onChange={(e) => setParties(e.currentTarget.value)}
          error={errors.parties}
          data-testid="agreement-form-parties"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField
            label={t('agreements.signedOn')}
            required
            value={signedOn}
            onChange={(e) => setSignedOn(e.currentTarget.value)}
            error={errors.signedOn}
            data-testid="agreement-form-signed"
          />
          <DateField
            label={t('agreements.validFrom')}
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            error={errors.validFrom}
          />
          <DateField
            label={t('agreements.validUntil')}
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            error={errors.validUntil}
          />
        </SimpleGrid>
        <Textarea
          label={t('agreements.scope')}
          autosize
          minRows={2}
          value={scope}
          onChange={(e) => setScope(e.currentTarget.value)}
          error={errors.scope}
        />
        <MultiSelect
          label={t('agreements.units')}
          description={t('agreements.unitsHint')}
          data={unitData}
          value={unitIds}
          onChange={setUnitIds}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          error={errors.unitIds}
          data-testid="agreement-form-units"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="agreement-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
