import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffResponseInput, SurveyProfileAnswers } from '../../../../shared/contracts/surveys';
import { fieldErrors } from '../../../lib/notify';
import type { PeriodDetail } from '../api/surveys-api';
import { useWord } from '../lib/words';

type ProfileCode = keyof SurveyProfileAnswers;
const PROFILE_CODES: readonly string[] = ['jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan'];

export interface ResponseDraft {
  unitId: string;
  productId: string;
  answers: Record<string, number | null>;
  profile: SurveyProfileAnswers;
  suggestion: string;
}

export const emptyDraft = (unitId = ''): ResponseDraft => ({
  unitId,
  productId: '',
  answers: {},
  profile: {},
  suggestion: '',
});

/** The body the API takes from a draft: every question of the instrument, skipped ones as null. */
export function draftToInput(draft: ResponseDraft, questionCodes: readonly string[]): StaffResponseInput {
  const profile: SurveyProfileAnswers = {};
  for (const [k, v] of Object.entries(draft.profile)) if (v) profile[k as ProfileCode] = v;
  return {
    unitId: draft.unitId,
    productId: draft.productId || null,
    answers: Object.fromEntries(questionCodes.map((c) => [c, draft.answers[c] ?? null])),
    profile,
    suggestion: draft.suggestion.trim() || null,
  };
}

interface Props {
  period: PeriodDetail;
  /** `interview`: an assessor on a phone picks the government first, then the unit. */
  mode: 'paper' | 'interview';
  initial?: ResponseDraft;
  /** The unit is fixed (a correction keeps its unit). */
  lockUnit?: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** Resolves true when saved (the form then starts a new blank one, keeping the unit). */
  onSubmit: (input: StaffResponseInput) => Promise<boolean>;
  children?: ReactNode;
}

/**
 * A paper form typed in or an interview: the unit (and service), the instrument's questions with
 * their worded answers as big touch targets, the regulation's profile and the open "saran".
 */
export function ResponseForm({
  period,
  mode,
  initial,
  lockUnit,
  submitLabel,
  pending,
  error,
  onSubmit,
  children,
}: Props) {
  const { t } = useTranslation();
  const word = useWord();
  const [draft, setDraft] = useState<ResponseDraft>(
    initial ?? emptyDraft(period.units.length === 1 ? period.units[0]!.unitId : ''),
  );
  const [governmentId, setGovernmentId] = useState(
    () => period.units.find((u) => u.unitId === draft.unitId)?.governmentId ?? '',
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(error), ...local };
  const instrument = period.instrument;
  const codes = instrument.questions.map((q) => q.code);
  const unit = period.units.find((u) => u.unitId === draft.unitId);
  const governments = [...new Map(period.units.map((u) => [u.governmentId, u.governmentName])).entries()];
  const unitsShown =
    mode === 'interview' ? period.units.filter((u) => u.governmentId === governmentId) : period.units;
  const set = (patch: Partial<ResponseDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!draft.unitId) problems.unitId = t('surveys.entry.chooseUnit');
    if (!codes.some((c) => draft.answers[c])) problems.answers = t('surveys.entry.answerOne');
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const ok = await onSubmit(draftToInput(draft, codes));
    if (ok && !initial) setDraft(emptyDraft(draft.unitId));
  }

  return (
    <form onSubmit={submit} noValidate data-testid="response-form">
      <Stack gap="md">
        {mode === 'interview' && !lockUnit && (
          <NativeSelect
            size="md"
            label={t('surveys.government')}
            required
            value={governmentId}
            onChange={(e) => {
              setGovernmentId(e.currentTarget.value);
              set({ unitId: '', productId: '' });
            }}
            data={[
              { value: '', label: t('surveys.entry.chooseGovernment') },
              ...governments.map(([value, label]) => ({ value, label })),
            ]}
            data-testid="entry-government"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            size="md"
            label={t('surveys.unit')}
            required
            disabled={lockUnit || (mode === 'interview' && !governmentId)}
            value={draft.unitId}
            onChange={(e) => set({ unitId: e.currentTarget.value, productId: '' })}
            data={[
              { value: '', label: t('surveys.entry.chooseUnit') },
              ...unitsShown.map((u) => ({ value: u.unitId, label: u.unitName })),
            ]}
            error={errors.unitId}
            data-testid="entry-unit"
          />
          {instrument.profile.some((p) => p.code === 'layanan') && (
            <NativeSelect
              size="md"
              label={word(instrument.profile.find((p) => p.code === 'layanan')!.label)}
              value={draft.productId}
              onChange={(e) => set({ productId: e.currentTarget.value })}
              data={[
                { value: '', label: t('surveys.entry.noProduct') },
                ...(unit?.products ?? []).map((p) => ({ value: p.id, label: p.name })),
              ]}
              error={errors.productId}
              data-testid="entry-product"
            />
          )}
        </SimpleGrid>
        {errors.answers && (
          <Alert color="red" data-testid="entry-answers-error">
            {errors.answers}
          </Alert>
        )}
        {instrument.questions.map((q, i) => (
          <Radio.Group
            key={q.code}
            label={`${i + 1}. ${word(q.question)}`}
            description={`${q.code} · ${word(q.element)}`}
            value={draft.answers[q.code] ? String(draft.answers[q.code]) : ''}
            onChange={(v) => set({ answers: { ...draft.answers, [q.code]: Number(v) } })}
            error={errors[`answers.${q.code}`]}
            data-testid={`entry-q-${q.code}`}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mt="xs" spacing="xs">
              {q.answers.map((a, v) => (
                <Radio.Card
                  key={v}
                  value={String(v + 1)}
                  p="sm"
                  radius="md"
                  style={{ minHeight: 48 }}
                  data-testid={`entry-a-${q.code}-${v + 1}`}
                >
                  <Group wrap="nowrap" gap="sm">
                    <Radio.Indicator />
                    <Text size="sm">
                      {v + 1}. {word(a)}
                    </Text>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
            {draft.answers[q.code] ? (
              <Button
                variant="subtle"
                size="compact-xs"
                mt={4}
                onClick={() => set({ answers: { ...draft.answers, [q.code]: null } })}
              >
                {t('surveys.entry.clearAnswer')}
              </Button>
            ) : null}
          </Radio.Group>
        ))}
        {instrument.profile.some((p) => PROFILE_CODES.includes(p.code)) && (
          <>
            <Title order={3} size="h5">
              {t('surveys.entry.profile')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {instrument.profile
                .filter((p) => PROFILE_CODES.includes(p.code))
                .map((p) => (
                  <NativeSelect
                    key={p.code}
                    size="md"
                    label={word(p.label)}
                    value={draft.profile[p.code as ProfileCode] ?? ''}
                    onChange={(e) => set({ profile: { ...draft.profile, [p.code]: e.currentTarget.value } })}
                    data={[
                      { value: '', label: t('surveys.entry.notStated') },
                      ...(p.options ?? []).map((o) => ({ value: o.code, label: word(o.label) })),
                    ]}
                    error={errors[`profile.${p.code}`]}
                    data-testid={`entry-profile-${p.code}`}
                  />
                ))}
            </SimpleGrid>
          </>
        )}
        {instrument.openQuestion && (
          <Textarea
            label={word(instrument.openQuestion)}
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.suggestion}
            onChange={(e) => set({ suggestion: e.currentTarget.value })}
            error={errors.suggestion}
            data-testid="entry-suggestion"
          />
        )}
        {children}
        <Button type="submit" size="md" loading={pending} data-testid="entry-submit">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
