import { Anchor, Badge, Button, Divider, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FOLLOWUP_KIND_LABELS } from '../../../../shared/contracts/followups';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useFollowup, useSendFollowups, type FollowupDetail } from '../api/followups-api';
import { useWords } from '../lib/labels';
import { AnswerForm } from './answer-form';
import { FollowupHistory } from './followup-history';
import { StatusBadges } from './followup-list';
import { PublishToggle, VerifyForm } from './verify-form';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

function SendOne({ item }: { item: FollowupDetail }) {
  const { t } = useTranslation();
  const send = useSendFollowups();
  if (!item.can.includes('send')) return null;
  return (
    <Button
      variant="light"
      loading={send.isPending}
      onClick={() =>
        send
          .mutateAsync({ items: [item] })
          .then(() => notifySuccess(t('followups.bulk.sent', { count: 1 })))
          .catch((err: unknown) => notifyError(err, t('common.saveFailed')))
      }
      data-testid="followup-send"
    >
      {t('followups.sendOne')}
    </Button>
  );
}

/** Everything about one item: what, where from, due, owner, the answer/verify forms its `can` allows, the history. */
export function FollowupDetailView({ item }: { item: FollowupDetail }) {
  const { t } = useTranslation();
  const words = useWords();
  const f = useFormat();
  const canAnswer = item.can.includes('answer');
  return (
    <Stack gap="sm" data-testid="followup-detail" data-status={item.status}>
      <Group gap={6} wrap="wrap">
        <Badge variant="outline" color="gray.8">
          {words(FOLLOWUP_KIND_LABELS[item.kind])}
        </Badge>
        <StatusBadges item={item} />
        {item.publishedAt && (
          <Badge color="teal.9" variant="filled">
            {t('followups.publishedBadge')}
          </Badge>
        )}
      </Group>
      <Text fw={600} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {item.action}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <Field label={t('followups.source')}>
          {item.source.link ? (
            <Anchor component={Link} to={item.source.link} data-testid="followup-source">
              {item.source.label}
            </Anchor>
          ) : (
            item.source.label
          )}
        </Field>
        <Field label={t('followups.addressee')}>
          {[item.governmentName, item.unitName, item.addressee].filter(Boolean).join(' · ')}
        </Field>
        <Field label={t('followups.dueOn')}>{item.dueOn ? f.date(item.dueOn) : t('followups.noDue')}</Field>
        <Field label={t('followups.owner')}>{item.owner?.name ?? t('followups.noOwner')}</Field>
        {item.evidenceExpected && (
          <Field label={t('followups.evidenceExpected')}>{item.evidenceExpected}</Field>
        )}
        {item.indicatorCode && <Field label={t('followups.indicator')}>{item.indicatorCode}</Field>}
        {item.answeredBy && (
          <Field label={t('followups.answeredBy')}>
            {item.answeredBy.name}
            {item.answeredAt ? ` · ${f.dateTime(item.answeredAt)}` : ''}
          </Field>
        )}
      </SimpleGrid>
      <Group gap="xs">
        <SendOne item={item} />
      </Group>
      <PublishToggle item={item} />
      {canAnswer && (
        <>
          <Divider />
          <AnswerForm item={item} />
        </>
      )}
      <VerifyForm item={item} />
      <Divider label={t('followups.history')} labelPosition="left" />
      <FollowupHistory item={item} />
    </Stack>
  );
}

/** The item drawer of the backlog page (full screen on a phone); `?item=<id>` in the address opens it. */
export function FollowupDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const detail = useFollowup(id);
  return (
    <Drawer
      opened={Boolean(id)}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={t('followups.detailTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {id && (
        <QueryState isPending={detail.isPending} error={detail.error} onRetry={() => void detail.refetch()}>
          {detail.data && <FollowupDetailView item={detail.data} />}
        </QueryState>
      )}
    </Drawer>
  );
}
