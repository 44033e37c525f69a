import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOWUP_KIND_LABELS } from '../../../../shared/contracts/followups';
import { todayIn } from '../../../../shared/format/format';
import { QueryState } from '../../../components/ui/query-state';
import { useAuth } from '../../../lib/auth';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useCreateFollowupLetter, useGovernmentItems } from '../api/followup-reports-api';
import { DateField } from '../../../components/ui/date-field';

/**
 * A batch letter to the government: number, date, subject, signatory and the items (this
 * government's items issued by the office; the server checks the same and the number's uniqueness).
 */
export function FollowupLetterForm({ governmentId, onDone }: { governmentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useAuth();
  const items = useGovernmentItems(governmentId, true);
  const create = useCreateFollowupLetter();
  const errors = fieldErrors(create.error);
  const [v, setV] = useState({
    number: '',
    letterDate: todayIn('WIB'),
    subject: t('followupReports.defaultSubject'),
    signatoryName: '',
    signatoryPosition: '',
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const set = (k: keyof typeof v) => (e: { currentTarget: { value: string } }) =>
    setV({ ...v, [k]: e.currentTarget.value });
  const ours = (items.data?.items ?? []).filter(
    (i) => i.issuer === 'office' && (user?.role === 'admin' || i.officeId === user?.officeId),
  );
  const open = ours.filter((i) => i.status !== 'selesai').map((i) => i.id);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await create.mutateAsync({ ...v, governmentId, itemIds: chosen });
      notifySuccess(t('followupReports.saved'));
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('followupReports.number')}
            value={v.number}
            onChange={set('number')}
            required
            error={errors.number}
            data-testid="fu-letter-number"
          />
          <DateField
            label={t('followupReports.letterDate')}
            value={v.letterDate}
            onChange={set('letterDate')}
            required
            error={errors.letterDate}
            data-testid="fu-letter-date"
          />
        </SimpleGrid>
        <TextInput
          label={t('followupReports.subject')}
          value={v.subject}
          onChange={set('subject')}
          required
          error={errors.subject}
          data-testid="fu-letter-subject"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('followupReports.signatoryName')}
            value={v.signatoryName}
            onChange={set('signatoryName')}
            required
            error={errors.signatoryName}
            data-testid="fu-letter-signatory"
          />
          <TextInput
            label={t('followupReports.signatoryPosition')}
            value={v.signatoryPosition}
            onChange={set('signatoryPosition')}
            required
            error={errors.signatoryPosition}
            data-testid="fu-letter-position"
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('followupReports.items')}
          description={t('followupReports.itemsHint')}
          value={chosen}
          onChange={setChosen}
          error={errors.itemIds}
        >
          <QueryState isPending={items.isPending} error={items.error} onRetry={() => void items.refetch()}>
            {ours.length === 0 ? (
              <Text size="sm" c="dimmed" mt="xs">
                {t('followupReports.noItems')}
              </Text>
            ) : (
              <Stack gap={6} mt="xs">
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => setChosen(open)}
                  style={{ alignSelf: 'flex-start' }}
                  data-testid="fu-letter-select-open"
                >
                  {t('followupReports.selectAll')}
                </Button>
                {ours.map((i) => (
                  <Checkbox
                    key={i.id}
                    value={i.id}
                    label={`${FOLLOWUP_KIND_LABELS[i.kind][f.lang]} · ${i.unitName ?? '—'} · ${i.action}`}
                    description={
                      i.dueOn
                        ? t('followupReports.due', { date: f.date(i.dueOn) })
                        : t('followupReports.noDue')
                    }
                    data-testid={`fu-letter-item-${i.id}`}
                  />
                ))}
              </Stack>
            )}
          </QueryState>
        </Checkbox.Group>
        {create.error && Object.keys(errors).length === 0 && (
          <Alert color="red">{(create.error as Error).message}</Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="fu-letter-save">
            {t('followupReports.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
