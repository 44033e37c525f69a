import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_LABELS, COMPLAINT_CHANNELS } from '../../../../shared/complaints/stages';
import type { Receipt } from '../../../../shared/contracts/complaints';
import { todayIn } from '../../../../shared/format/format';
import { browserZone } from '../../../lib/format';
import { fieldErrors, notifyError } from '../../../lib/notify';
import { useCreateReport } from '../api/complaints-api';
import { useWords } from '../lib/labels';
import { emptyDraft, toStaffInput, type ReportDraft } from '../lib/report-draft';
import { BodyPicker } from './body-picker';
import { IdentityFields } from './identity-fields';
import { DateField } from '../../../components/ui/date-field';

const STAFF_CHANNELS = COMPLAINT_CHANNELS.filter((c) => c !== 'web');

/**
 * The staff form for a walk-in, phone, letter, e-mail, WhatsApp or field report
 * (StaffReportInputSchema). The server's field errors show on their fields.
 */
export function ReportForm({ onRecorded }: { onRecorded: (receipt: Receipt, draft: ReportDraft) => void }) {
  const { t } = useTranslation();
  const words = useWords();
  const today = todayIn(browserZone());
  const [d, setD] = useState<ReportDraft>(() => emptyDraft(today));
  const create = useCreateReport();
  const errors = fieldErrors(create.error);
  const set = (patch: Partial<ReportDraft>) => setD((prev) => ({ ...prev, ...patch }));
  const text = (key: 'subject' | 'eventPlace' | 'priorEffort' | 'expectation' | 'description') => ({
    value: d[key],
    onChange: (e: { currentTarget: { value: string } }) => set({ [key]: e.currentTarget.value }),
    error: errors[key],
    label: t(`complaints.new.${key}`),
    'data-testid': `cx-${key}`,
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      onRecorded(await create.mutateAsync(toStaffInput(d)), d);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid="cx-report-form">
      <Stack>
        <Fieldset legend={t('complaints.new.intake')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <NativeSelect
              label={t('complaints.channel')}
              required
              value={d.channel}
              onChange={(e) => set({ channel: e.currentTarget.value as ReportDraft['channel'] })}
              data={STAFF_CHANNELS.map((c) => ({ value: c, label: words(CHANNEL_LABELS[c]) }))}
              error={errors.channel}
              data-testid="cx-channel"
            />
            <DateField
              label={t('complaints.new.receivedOn')}
              value={d.receivedOn}
              max={today}
              onChange={(e) => set({ receivedOn: e.currentTarget.value })}
              error={errors.receivedOn}
              data-testid="cx-receivedOn"
            />
          </SimpleGrid>
          <Checkbox
            mt="sm"
            label={t('complaints.new.rco')}
            description={t('complaints.new.rcoHint')}
            checked={d.rco}
            onChange={(e) => set({ rco: e.currentTarget.checked })}
            data-testid="cx-rco"
          />
        </Fieldset>
        <Fieldset legend={t('complaints.new.reporter')}>
          <IdentityFields value={d.identity} onChange={(identity) => set({ identity })} errors={errors} />
          <Checkbox
            mt="sm"
            label={t('complaints.new.confidential')}
            description={t('complaints.new.confidentialHint')}
            checked={d.confidential}
            onChange={(e) => set({ confidential: e.currentTarget.checked })}
            data-testid="cx-confidential"
          />
        </Fieldset>
        <Fieldset legend={t('complaints.new.reportedBody')}>
          <BodyPicker value={d.body} onChange={(body) => set({ body })} errors={errors} />
        </Fieldset>
        <Fieldset legend={t('complaints.new.what')}>
          <Stack gap="xs">
            <TextInput {...text('subject')} required maxLength={200} />
            <Textarea {...text('description')} required autosize minRows={4} maxLength={10_000} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <DateField
                label={t('complaints.new.eventDate')}
                value={d.eventDate}
                max={today}
                onChange={(e) => set({ eventDate: e.currentTarget.value })}
                error={errors.eventDate}
                data-testid="cx-eventDate"
              />
              <TextInput {...text('eventPlace')} maxLength={300} />
            </SimpleGrid>
            <Textarea {...text('priorEffort')} autosize minRows={2} maxLength={4_000} />
            <DateField
              label={t('complaints.new.priorComplaintDate')}
              value={d.priorComplaintDate}
              max={today}
              onChange={(e) => set({ priorComplaintDate: e.currentTarget.value })}
              error={errors.priorComplaintDate}
              data-testid="cx-priorComplaintDate"
            />
            <Textarea {...text('expectation')} autosize minRows={2} maxLength={2_000} />
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} data-testid="cx-report-submit">
            {t('complaints.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
