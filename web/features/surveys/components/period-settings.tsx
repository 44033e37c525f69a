import { Alert, Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useUpdatePeriod, type PeriodDetail } from '../api/surveys-api';

/** The manager's title and end date, switches and close / reopen, each sent with the row version the page shows. */
export function PeriodSettings({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const update = useUpdatePeriod(period.id);
  const conflict = update.error instanceof ApiError && update.error.status === 409;
  const [title, setTitle] = useState(period.title);
  const [endsOn, setEndsOn] = useState(period.endsOn);
  const errors = fieldErrors(update.error);
  const send = (
    patch: {
      title?: string;
      endsOn?: string;
      interimVisible?: boolean;
      slipsEnabled?: boolean;
      status?: 'open' | 'closed';
    },
    ok: string,
  ) =>
    update.mutate(
      { rowVersion: period.rowVersion, ...patch },
      { onSuccess: () => notifySuccess(ok), onError: (e) => notifyError(e, t('common.saveFailed')) },
    );
  return (
    <Stack gap="sm" data-testid="period-settings">
      {conflict && (
        <Alert color="orange" data-testid="period-conflict">
          {(update.error as ApiError).message}
        </Alert>
      )}
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('surveys.form.title')}
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          data-testid="period-title"
        />
        <TextInput
          type="date"
          label={t('surveys.form.endsOn')}
          value={endsOn}
          onChange={(e) => setEndsOn(e.currentTarget.value)}
          error={errors.endsOn}
          data-testid="period-ends"
        />
        <Button
          variant="light"
          loading={update.isPending}
          disabled={title === period.title && endsOn === period.endsOn}
          onClick={() => send({ title, endsOn }, t('surveys.period.saved'))}
          data-testid="period-save"
        >
          {t('common.save')}
        </Button>
      </Group>
      {period.kind === 'skm' && (
        <>
          <Switch
            label={t('surveys.form.interimVisible')}
            checked={period.interimVisible}
            disabled={update.isPending}
            onChange={(e) => send({ interimVisible: e.currentTarget.checked }, t('surveys.period.saved'))}
            data-testid="period-interim"
          />
          <Switch
            label={t('surveys.form.slipsEnabled')}
            checked={period.slipsEnabled}
            disabled={update.isPending}
            onChange={(e) => send({ slipsEnabled: e.currentTarget.checked }, t('surveys.period.saved'))}
            data-testid="period-slips"
          />
        </>
      )}
      <Group>
        {period.status === 'open' ? (
          <Button
            color="red"
            variant="light"
            loading={update.isPending}
            onClick={() => send({ status: 'closed' }, t('surveys.period.closedDone'))}
            data-testid="period-close"
          >
            {t('surveys.period.close')}
          </Button>
        ) : (
          <Button
            variant="light"
            loading={update.isPending}
            onClick={() => send({ status: 'open' }, t('surveys.period.reopenedDone'))}
            data-testid="period-reopen"
          >
            {t('surveys.period.reopen')}
          </Button>
        )}
        <Text size="sm" c="dimmed">
          {period.status === 'open' ? t('surveys.period.closeHint') : t('surveys.period.reopenHint')}
        </Text>
      </Group>
    </Stack>
  );
}
