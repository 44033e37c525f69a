import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { ComplaintDetail } from '../api/types';
import { CHECKS } from '../lib/action-form';

function Block({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** What the report says, and the decisions recorded on it (material check, plenary, LHP). */
export function ReportSummary({ detail }: { detail: ComplaintDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t('complaints.notGiven');
  const m = detail.materialCheck;
  return (
    <Paper withBorder p="sm" data-testid="cx-summary">
      <Stack gap="sm">
        <Block label={t('complaints.new.description')}>{detail.description}</Block>
        <Group gap="xl" wrap="wrap" align="flex-start">
          <Block label={t('complaints.new.eventDate')}>
            {detail.eventDate ? format.date(detail.eventDate) : none}
          </Block>
          <Block label={t('complaints.new.eventPlace')}>{detail.eventPlace ?? none}</Block>
          <Block label={t('complaints.new.priorComplaintDate')}>
            {detail.priorComplaintDate ? format.date(detail.priorComplaintDate) : none}
          </Block>
        </Group>
        <Block label={t('complaints.new.priorEffort')}>{detail.priorEffort ?? none}</Block>
        <Block label={t('complaints.new.expectation')}>{detail.expectation ?? none}</Block>
        {m && (
          <Block label={t('complaints.check.title')}>
            <Group gap={4} wrap="wrap">
              {CHECKS.map((k) => (
                <Badge key={k} size="sm" variant="filled" color={m[k] ? 'teal.9' : 'red.8'}>
                  {m[k] ? '✓' : '✗'} {t(`complaints.check.${k}`)}
                </Badge>
              ))}
            </Group>
          </Block>
        )}
        {detail.plenaryDate && (
          <Block label={t('complaints.actions.plenaryDate')}>
            {format.date(detail.plenaryDate)}
            {detail.plenaryNote ? ` — ${detail.plenaryNote}` : ''}
          </Block>
        )}
        {detail.lhp && (
          <Block label={t('complaints.lhp.title')}>
            {t(`complaints.lhp.outcomes.${detail.lhp.outcome}`)}
            {detail.lhp.number ? ` · ${detail.lhp.number}` : ''}
            {detail.lhp.date ? ` · ${format.date(detail.lhp.date)}` : ''}
            {detail.lhp.findings ? `\n${detail.lhp.findings}` : ''}
          </Block>
        )}
      </Stack>
    </Paper>
  );
}
