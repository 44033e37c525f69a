import { Badge, Button, Card, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_CHANNELS, SURVEY_FLAG_LABELS } from '../../../../shared/contracts/surveys';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useCorrectResponse,
  useResponses,
  useReviewResponse,
  type PeriodDetail,
  type ResponseFilter,
  type ResponseView,
} from '../api/surveys-api';
import { useWord } from '../lib/words';
import { ResponseForm, type ResponseDraft } from './response-form';

const FILTERS: ResponseFilter[] = ['all', 'flagged', 'excluded', 'staff'];

/** The period's responses with the flags that stand on them; reviewers accept or exclude, staff correct. */
export function ResponsesList({
  period,
  canReview,
  canCorrect,
}: {
  period: PeriodDetail;
  canReview: boolean;
  canCorrect: boolean;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ResponseFilter>('all');
  const [unitId, setUnitId] = useState('');
  const list = useResponses(period.id, { filter, unitId: unitId || undefined });
  const [reviewing, setReviewing] = useState<{ r: ResponseView; decision: 'accept' | 'exclude' } | null>(
    null,
  );
  const [correcting, setCorrecting] = useState<ResponseView | null>(null);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack data-testid="responses">
      <Group wrap="wrap" align="flex-end">
        <NativeSelect
          label={t('surveys.responses.filterLabel')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value as ResponseFilter)}
          data={FILTERS.map((f) => ({ value: f, label: t(`surveys.responses.filter.${f}`) }))}
          data-testid="responses-filter"
        />
        {period.units.length > 1 && (
          <NativeSelect
            label={t('surveys.unit')}
            value={unitId}
            onChange={(e) => setUnitId(e.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...period.units.map((u) => ({ value: u.unitId, label: u.unitName })),
            ]}
            data-testid="responses-unit"
          />
        )}
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {items.length === 0 ? (
          <Empty title={t('surveys.responses.none')} />
        ) : (
          items.map((r) => (
            <ResponseCard
              key={r.id}
              period={period}
              r={r}
              canReview={canReview}
              canCorrect={canCorrect && STAFF_CHANNELS.includes(r.channel) && !r.supersededById}
              onReview={(decision) => setReviewing({ r, decision })}
              onCorrect={() => setCorrecting(r)}
            />
          ))
        )}
        <LoadMore
          hasMore={Boolean(list.hasNextPage)}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        />
      </QueryState>
      {reviewing && <ReviewModal {...reviewing} onClose={() => setReviewing(null)} />}
      {correcting && <CorrectModal period={period} r={correcting} onClose={() => setCorrecting(null)} />}
    </Stack>
  );
}

function ResponseCard(props: {
  period: PeriodDetail;
  r: ResponseView;
  canReview: boolean;
  canCorrect: boolean;
  onReview: (d: 'accept' | 'exclude') => void;
  onCorrect: () => void;
}) {
  const { t } = useTranslation();
  const word = useWord();
  const f = useFormat();
  const { r, period } = props;
  const answered = period.instrument.questions
    .map((q) => `${q.code}: ${r.answers[q.code] ?? '–'}`)
    .join(' · ');
  return (
    <Card withBorder p="sm" data-testid="response-row">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" fw={600}>
            {r.unitName}
            {r.productName ? ` · ${r.productName}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {f.dateTime(r.submittedAt)}
          </Text>
        </Group>
        <Group gap={6} wrap="wrap">
          <Badge variant="light" color={STAFF_CHANNELS.includes(r.channel) ? 'grape' : 'blue'}>
            {t(`surveys.channel.${r.channel}`)}
          </Badge>
          {r.accepted ? (
            <Badge color="teal" variant="light">
              {t('surveys.responses.accepted')}
            </Badge>
          ) : (
            <Badge color="red" variant="light" data-testid="response-not-counted">
              {t('surveys.responses.notCounted')}
            </Badge>
          )}
          {r.flags.map((fl) => (
            <Badge key={fl} color="orange" variant="outline" data-testid="response-flag">
              {word(SURVEY_FLAG_LABELS[fl])}
            </Badge>
          ))}
          {r.supersededById && <Badge color="gray">{t('surveys.responses.superseded')}</Badge>}
          {r.supersedesId && (
            <Badge color="gray" variant="outline">
              {t('surveys.responses.correction')}
            </Badge>
          )}
        </Group>
        <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {answered}
        </Text>
        {r.enteredByName && (
          <Text size="xs" c="dimmed">
            {t('surveys.responses.enteredBy', { name: r.enteredByName })}
          </Text>
        )}
        {r.suggestion && <Text size="sm">“{r.suggestion}”</Text>}
        {r.review && (
          <Text size="xs" data-testid="response-review">
            {t(`surveys.responses.reviewed.${r.review.decision}`, {
              by: r.review.by,
              at: f.dateTime(r.review.at),
            })}
            : {r.review.reason}
          </Text>
        )}
        <Group gap="xs">
          {props.canReview && !r.supersededById && (
            <>
              <Button
                size="xs"
                variant="light"
                color="teal"
                onClick={() => props.onReview('accept')}
                data-testid="response-accept"
              >
                {t('surveys.responses.accept')}
              </Button>
              <Button
                size="xs"
                variant="light"
                color="red"
                onClick={() => props.onReview('exclude')}
                data-testid="response-exclude"
              >
                {t('surveys.responses.exclude')}
              </Button>
            </>
          )}
          {props.canCorrect && (
            <Button size="xs" variant="subtle" onClick={props.onCorrect} data-testid="response-correct">
              {t('surveys.responses.correct')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function ReviewModal({
  r,
  decision,
  onClose,
}: {
  r: ResponseView;
  decision: 'accept' | 'exclude';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const review = useReviewResponse();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | undefined>();
  async function save() {
    if (!reason.trim()) return setLocal(t('surveys.form.required'));
    try {
      await review.mutateAsync({ id: r.id, decision, reason });
      notifySuccess(t(`surveys.responses.done.${decision}`));
      onClose();
    } catch (e) {
      notifyError(e, t('common.saveFailed'));
    }
  }
  return (
    <Modal opened onClose={onClose} title={t(`surveys.responses.${decision}Title`)}>
      <Stack>
        <Textarea
          label={t('surveys.responses.reason')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={local ?? fieldErrors(review.error).reason}
          data-testid="review-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={decision === 'accept' ? 'teal' : 'red'}
            loading={review.isPending}
            onClick={() => void save()}
            data-testid="review-save"
          >
            {t(`surveys.responses.${decision}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CorrectModal({
  period,
  r,
  onClose,
}: {
  period: PeriodDetail;
  r: ResponseView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const correct = useCorrectResponse();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const initial: ResponseDraft = {
    unitId: r.unitId,
    productId: r.productId ?? '',
    answers: { ...r.answers },
    profile: { ...r.profile },
    suggestion: r.suggestion ?? '',
  };
  return (
    <Modal opened onClose={onClose} title={t('surveys.responses.correctTitle')} size="xl">
      <ResponseForm
        period={period}
        mode="paper"
        initial={initial}
        lockUnit
        submitLabel={t('surveys.responses.correctSave')}
        pending={correct.isPending}
        error={correct.error}
        onSubmit={async ({ unitId: _unit, ...input }) => {
          if (!reason.trim()) {
            setReasonError(t('surveys.form.required'));
            return false;
          }
          try {
            await correct.mutateAsync({ id: r.id, ...input, reason });
            notifySuccess(t('surveys.responses.corrected'));
            onClose();
            return true;
          } catch (e) {
            notifyError(e, t('common.saveFailed'));
            return false;
          }
        }}
      >
        <Textarea
          label={t('surveys.responses.correctReason')}
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError ?? fieldErrors(correct.error).reason}
          data-testid="correct-reason"
        />
      </ResponseForm>
    </Modal>
  );
}
