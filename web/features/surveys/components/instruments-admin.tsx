import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useDuplicateInstrument,
  useInstrument,
  useInstruments,
  useUpdateInstrument,
  type Instrument,
  type InstrumentSummary,
} from '../api/surveys-api';
import { useWord } from '../lib/words';

/** The admin's instruments: built-ins and custom copies; a custom one is edited until a period uses it. */
export function InstrumentsAdmin() {
  const { t } = useTranslation();
  const word = useWord();
  const f = useFormat();
  const list = useInstruments();
  const [copying, setCopying] = useState<InstrumentSummary | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <QueryState isPending={list.isPending} error={list.error}>
      <Stack gap="sm" data-testid="instruments">
        {(list.data?.items ?? []).map((i) => (
          <Card withBorder key={i.id} data-testid="instrument-row">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text fw={600}>{word(i.name)}</Text>
                <Text size="xs" c="dimmed">
                  {i.id} · {i.version} · {t(`surveys.kind.${i.kind}`)} ·{' '}
                  {t('surveys.instruments.counts', { q: f.number(i.questions), p: f.number(i.periods) })}
                </Text>
              </Stack>
              <Group gap="xs">
                <Badge variant="light">{t(`surveys.instruments.source.${i.source}`)}</Badge>
                {i.frozen && <Badge color="gray">{t('surveys.instruments.frozen')}</Badge>}
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setCopying(i)}
                  data-testid="instrument-duplicate"
                >
                  {t('surveys.instruments.duplicate')}
                </Button>
                {!i.frozen && i.source === 'custom' && (
                  <Button size="xs" onClick={() => setEditing(i.id)} data-testid="instrument-edit">
                    {t('common.edit')}
                  </Button>
                )}
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
      {copying && (
        <DuplicateModal from={copying} onClose={() => setCopying(null)} onCopied={(id) => setEditing(id)} />
      )}
      {editing && <EditModal id={editing} onClose={() => setEditing(null)} />}
    </QueryState>
  );
}

function DuplicateModal({
  from,
  onClose,
  onCopied,
}: {
  from: InstrumentSummary;
  onClose: () => void;
  onCopied: (id: string) => void;
}) {
  const { t } = useTranslation();
  const dup = useDuplicateInstrument();
  const [id, setId] = useState(`${from.id}-salinan`);
  const [version, setVersion] = useState(from.version);
  const [nameId, setNameId] = useState(`${from.name.id} (salinan)`);
  const [nameEn, setNameEn] = useState(`${from.name.en} (copy)`);
  const errors = fieldErrors(dup.error);
  async function save() {
    try {
      const copy = await dup.mutateAsync({ from: from.id, id, version, name: { id: nameId, en: nameEn } });
      notifySuccess(t('surveys.instruments.copied'));
      onClose();
      onCopied(copy.id);
    } catch (e) {
      notifyError(e, t('common.saveFailed'));
    }
  }
  return (
    <Modal opened onClose={onClose} title={t('surveys.instruments.duplicateTitle')}>
      <Stack>
        <TextInput
          label={t('surveys.instruments.id')}
          value={id}
          onChange={(e) => setId(e.currentTarget.value)}
          error={errors.id}
          data-testid="dup-id"
        />
        <TextInput
          label={t('surveys.instruments.version')}
          value={version}
          onChange={(e) => setVersion(e.currentTarget.value)}
          error={errors.version}
        />
        <TextInput
          label={t('surveys.instruments.nameId')}
          value={nameId}
          onChange={(e) => setNameId(e.currentTarget.value)}
          error={errors['name.id']}
        />
        <TextInput
          label={t('surveys.instruments.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
          error={errors['name.en']}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={dup.isPending} onClick={() => void save()} data-testid="dup-save">
            {t('surveys.instruments.duplicate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A simple editor of the questions' wordings (both languages); the rest of the definition is kept. */
function EditModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useInstrument(id);
  const update = useUpdateInstrument(id);
  const [def, setDef] = useState<Instrument | null>(null);
  useEffect(() => {
    if (detail.data && !def) setDef(detail.data.definition);
  }, [detail.data, def]);
  const errors = fieldErrors(update.error);
  const setQuestion = (i: number, lang: 'id' | 'en', text: string) =>
    setDef(
      (d) =>
        d && {
          ...d,
          questions: d.questions.map((q, k) =>
            k === i ? { ...q, question: { ...q.question, [lang]: text } } : q,
          ),
        },
    );
  async function save() {
    if (!def) return;
    try {
      await update.mutateAsync(def);
      notifySuccess(t('surveys.instruments.saved'));
      onClose();
    } catch (e) {
      notifyError(e, t('common.saveFailed'), { withFields: true });
    }
  }
  return (
    <Modal opened onClose={onClose} title={t('surveys.instruments.editTitle')} size="xl">
      <QueryState isPending={detail.isPending || !def} error={detail.error}>
        <Stack>
          {update.error && update.error instanceof Error && !Object.keys(errors).length ? (
            <Alert color="red">{update.error.message}</Alert>
          ) : null}
          {def?.questions.map((q, i) => (
            <Stack key={q.code} gap={4} data-testid="edit-question">
              <Text fw={600} size="sm">
                {q.code} · {q.element.id}
              </Text>
              <Textarea
                label={t('surveys.instruments.questionId')}
                autosize
                value={q.question.id}
                onChange={(e) => setQuestion(i, 'id', e.currentTarget.value)}
                error={errors[`definition.questions.${i}.question.id`]}
              />
              <Textarea
                label={t('surveys.instruments.questionEn')}
                autosize
                value={q.question.en}
                onChange={(e) => setQuestion(i, 'en', e.currentTarget.value)}
                error={errors[`definition.questions.${i}.question.en`]}
              />
            </Stack>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button loading={update.isPending} onClick={() => void save()} data-testid="edit-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </QueryState>
    </Modal>
  );
}
