import { Button, Group, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { methodOfYear } from '../../../../shared/contracts/public-methods';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useSaveFigure, type OfficialFigureBody } from '../api/releases-api';

const BANDS = ['A', 'B', 'C', 'D', 'E'] as const;
const ZONES = ['merah', 'kuning', 'hijau'] as const;

/** What a form starts from: a figure already recorded, or nothing. */
export interface FigureStart {
  score: number | null;
  band: string | null;
  zone: string | null;
  opinion: string | null;
  source: string | null;
  note: string | null;
}

interface Props {
  governmentId: string;
  /** A fixed year (the cycle's); without it the user picks the year. */
  year?: number;
  initial?: FigureStart | null;
  onDone: () => void;
  onCancel: () => void;
}

const text = (v: string) => (v.trim() === '' ? null : v.trim());

/**
 * The official figure of one year, with the inputs of that year's method only: a zone for
 * 2015–2021, a score and/or A–E category (and zone) for 2022–2024, the opinion from 2025. The
 * server checks that they agree (a score of 80,58 is category B); its field errors show here.
 */
export function OfficialFigureForm({ governmentId, year: fixedYear, initial, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState<number | string>(fixedYear ?? new Date().getFullYear() - 1);
  const [score, setScore] = useState<number | string>(initial?.score ?? '');
  const [band, setBand] = useState(initial?.band ?? '');
  const [zone, setZone] = useState(initial?.zone ?? '');
  const [opinion, setOpinion] = useState(initial?.opinion ?? '');
  const [source, setSource] = useState(initial?.source ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  const save = useSaveFigure(governmentId);
  const errors = fieldErrors(save.error);
  const y = typeof year === 'number' ? year : Number(year);
  const method = Number.isInteger(y) && y >= 2015 ? methodOfYear(y) : null;
  const decimal = i18n.language === 'en' ? '.' : ',';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: OfficialFigureBody = {
      score: typeof score === 'number' ? score : null,
      band: method === 'skor' && band ? (band as OfficialFigureBody['band']) : null,
      zone: (zone || null) as OfficialFigureBody['zone'],
      opinion: method === 'opini' ? text(opinion) : null,
      source: text(source),
      note: text(note),
    };
    try {
      await save.mutateAsync({ year: y, body });
      notifySuccess(t('releases.figure.saved'));
      onDone();
    } catch (err) {
      if (Object.keys(fieldErrors(err)).length === 0) notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('releases.figure.intro')}
        </Text>
        {fixedYear === undefined && (
          <NumberInput
            label={t('releases.figure.year')}
            value={year}
            onChange={setYear}
            min={2015}
            max={new Date().getFullYear()}
            allowDecimal={false}
            thousandSeparator=""
            error={errors.year}
            required
            data-testid="figure-year"
          />
        )}
        {method && (
          <Text size="sm" data-testid="figure-method">
            {t('releases.figure.method')}: {t(`releases.figure.methods.${method}`)}
          </Text>
        )}
        {errors.method && (
          <Text size="sm" c="red">
            {errors.method}
          </Text>
        )}
        {method === 'opini' && (
          <TextInput
            label={t('releases.figure.opinion')}
            value={opinion}
            onChange={(e) => setOpinion(e.currentTarget.value)}
            error={errors.opinion}
            required
            data-testid="figure-opinion"
          />
        )}
        <NumberInput
          label={t('releases.figure.score')}
          value={score}
          onChange={setScore}
          min={0}
          max={100}
          decimalScale={2}
          decimalSeparator={decimal}
          error={errors.score}
          data-testid="figure-score"
        />
        {method === 'skor' && (
          <NativeSelect
            label={t('releases.figure.band')}
            value={band}
            onChange={(e) => setBand(e.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...BANDS.map((b) => ({ value: b, label: b }))]}
            error={errors.band}
            data-testid="figure-band"
          />
        )}
        <NativeSelect
          label={t('releases.figure.zone')}
          value={zone}
          onChange={(e) => setZone(e.currentTarget.value)}
          data={[{ value: '', label: '—' }, ...ZONES.map((z) => ({ value: z, label: t(`zone.${z}`) }))]}
          error={errors.zone}
          required={method === 'zona'}
          data-testid="figure-zone"
        />
        <TextInput
          label={t('releases.figure.source')}
          description={t('releases.figure.sourceHint')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={errors.source}
          data-testid="figure-source"
        />
        <Textarea
          label={t('releases.figure.note')}
          description={t('releases.figure.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="figure-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
