import { Alert, Button, Group, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Maklumat } from '../../../../shared/contracts/unit-profile';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useSaveMaklumat } from '../api/unit-profile-api';
import { isStale, StaleAlert } from './stale-alert';
import { DateField } from '../../../components/ui/date-field';

/** The maklumat pelayanan: text (starting from the standard template), signatory, date, published. */
export function MaklumatForm({
  maklumat,
  canWrite,
  onReload,
}: {
  maklumat: Maklumat;
  canWrite: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [body, setBody] = useState(maklumat.body);
  const [signatory, setSignatory] = useState(maklumat.signatory);
  const [signedOn, setSignedOn] = useState(maklumat.signedOn ?? '');
  const [published, setPublished] = useState(maklumat.published);
  const save = useSaveMaklumat(maklumat.unitId);
  const errors = fieldErrors(save.error);
  const readOnly = !canWrite;

  if (!maklumat.exists && readOnly)
    return (
      <Text c="dimmed" data-testid="maklumat-none">
        {t('unitProfile.maklumat.readOnlyEmpty')}
      </Text>
    );

  async function submit() {
    try {
      await save.mutateAsync({ rowVersion: maklumat.rowVersion, body, signatory, signedOn, published });
      notifySuccess(t('unitProfile.maklumat.saved'));
    } catch (err) {
      if (!isStale(err)) notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Stack gap="md" data-testid="maklumat-form">
      {!maklumat.exists && (
        <Alert color="blue" data-testid="maklumat-template">
          {t('unitProfile.maklumat.template')}
        </Alert>
      )}
      <Textarea
        label={t('unitProfile.maklumat.body')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        readOnly={readOnly}
        autosize
        minRows={6}
        error={errors.body}
        data-testid="maklumat-body"
      />
      <Group grow wrap="wrap" align="flex-start">
        <TextInput
          label={t('unitProfile.maklumat.signatory')}
          value={signatory}
          onChange={(e) => setSignatory(e.currentTarget.value)}
          readOnly={readOnly}
          error={errors.signatory}
          miw={200}
          data-testid="maklumat-signatory"
        />
        <DateField
          label={t('unitProfile.maklumat.signedOn')}
          value={signedOn}
          onChange={(e) => setSignedOn(e.currentTarget.value)}
          readOnly={readOnly}
          error={errors.signedOn}
          miw={160}
          data-testid="maklumat-signed-on"
        />
      </Group>
      <Switch
        label={t('unitProfile.maklumat.published')}
        description={t('unitProfile.maklumat.publishedHint')}
        checked={published}
        disabled={readOnly}
        onChange={(e) => setPublished(e.currentTarget.checked)}
        data-testid="maklumat-published"
      />
      <StaleAlert error={save.error} onReload={onReload} />
      <Group justify="space-between" wrap="wrap">
        <Text size="xs" c="dimmed">
          {maklumat.updatedAt &&
            t('unitProfile.lastSaved', {
              date: format.dateTime(maklumat.updatedAt),
              name: maklumat.updatedBy ?? '—',
            })}
        </Text>
        {canWrite && (
          <Button onClick={() => void submit()} loading={save.isPending} data-testid="maklumat-save">
            {t('common.save')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
