import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../shared/format/format';
import { browserZone, useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useRecordRecommendation } from '../api/complaints-api';
import type { ComplaintDetail } from '../api/types';
import { DateField } from '../../../components/ui/date-field';

/**
 * The recommendation headquarters issued (signed by the Ketua): the office records its number,
 * the issue date and the date the addressee received it — which starts the 60 days of UU 37/2008
 * Pasal 38(2) for the implementation report. The head of office records it.
 */
export function RecommendationPanel({ detail, canRecord }: { detail: ComplaintDetail; canRecord: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayIn(browserZone());
  const r = detail.recommendation;
  const [number, setNumber] = useState(r.number ?? '');
  const [issuedOn, setIssuedOn] = useState(r.issuedOn ?? '');
  const [receivedOn, setReceivedOn] = useState(r.receivedOn ?? '');
  const save = useRecordRecommendation(detail.id);
  const errors = fieldErrors(save.error);
  const editable = canRecord && detail.stage === 'rekomendasi';

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await save.mutateAsync({
        version: detail.version,
        number: number.trim() || undefined,
        issuedOn: issuedOn || undefined,
        receivedOn: receivedOn || undefined,
      });
      notifySuccess(t('complaints.recommendation.saved'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Paper withBorder p="sm" data-testid="cx-recommendation">
      <Title order={3} size="h5" mb={4}>
        {t('complaints.recommendation.title')}
      </Title>
      {r.proposedAt && (
        <Text size="sm" c="gray.7" mb="xs">
          {t('complaints.recommendation.proposed', { date: format.date(r.proposedAt) })}
        </Text>
      )}
      {editable ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label={t('complaints.recommendation.number')}
                value={number}
                maxLength={100}
                onChange={(e) => setNumber(e.currentTarget.value)}
                error={errors.number}
              />
              <DateField
                label={t('complaints.recommendation.issuedOn')}
                max={today}
                value={issuedOn}
                onChange={(e) => setIssuedOn(e.currentTarget.value)}
                error={errors.issuedOn}
              />
              <DateField
                label={t('complaints.recommendation.receivedOn')}
                description={t('complaints.recommendation.receivedHint')}
                max={today}
                value={receivedOn}
                onChange={(e) => setReceivedOn(e.currentTarget.value)}
                error={errors.receivedOn}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" size="xs" loading={save.isPending} data-testid="cx-recommendation-save">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text size="sm">
          {[
            r.number,
            r.issuedOn && t('complaints.recommendation.issuedOnShort', { date: format.date(r.issuedOn) }),
            r.receivedOn &&
              t('complaints.recommendation.receivedOnShort', { date: format.date(r.receivedOn) }),
          ]
            .filter(Boolean)
            .join(' · ') || t('complaints.notGiven')}
        </Text>
      )}
    </Paper>
  );
}
