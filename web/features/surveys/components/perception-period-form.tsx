import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../shared/format/format';
import { browserZone } from '../../../lib/format';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useCreatePerceptionPeriod,
  useCycle,
  useCycles,
  useInstruments,
  type PeriodDetail,
} from '../api/surveys-api';
import { useWord } from '../lib/words';
import { DateField } from '../../../components/ui/date-field';

/** An office head opens a perception survey for governments of one of the office's cycles. */
export function PerceptionPeriodForm({ onDone }: { onDone: (p: PeriodDetail) => void }) {
  const { t } = useTranslation();
  const word = useWord();
  const cycles = useCycles();
  const instruments = useInstruments();
  const [cycleId, setCycleId] = useState('');
  const cycle = useCycle(cycleId || null);
  const [title, setTitle] = useState('');
  const [instrumentId, setInstrumentId] = useState('persepsi-maladministrasi-2023');
  const [startsOn, setStartsOn] = useState(() => todayIn(browserZone()));
  const [endsOn, setEndsOn] = useState('');
  const [governmentIds, setGovernmentIds] = useState<string[]>([]);
  const [target, setTarget] = useState<number | string>(30);
  const [local, setLocal] = useState<Record<string, string>>({});
  const create = useCreatePerceptionPeriod();
  const errors = { ...fieldErrors(create.error), ...local };
  const official = (cycles.data?.items ?? []).filter((c) => c.kind !== 'internal');
  const perception = (instruments.data?.items ?? []).filter((i) => i.kind === 'persepsi_maladministrasi');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p: Record<string, string> = {};
    if (!cycleId) p.cycleId = t('surveys.perception.chooseCycle');
    if (!title.trim()) p.title = t('surveys.form.required');
    if (!endsOn) p.endsOn = t('surveys.form.required');
    else if (endsOn < startsOn) p.endsOn = t('surveys.form.endBeforeStart');
    if (governmentIds.length === 0) p.governmentIds = t('surveys.perception.chooseGovernments');
    setLocal(p);
    if (Object.keys(p).length) return;
    try {
      const saved = await create.mutateAsync({
        cycleId,
        instrumentId,
        title,
        startsOn,
        endsOn,
        governmentIds,
        targetPerGovernment: Number(target),
      });
      notifySuccess(t('surveys.form.created'));
      onDone(saved);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  const govs = cycle.data?.governments ?? [];
  return (
    <form onSubmit={submit} noValidate data-testid="perception-form">
      <Stack>
        <NativeSelect
          label={t('surveys.perception.cycle')}
          required
          value={cycleId}
          onChange={(e) => {
            const id = e.currentTarget.value;
            setCycleId(id);
            setGovernmentIds([]);
            const c = official.find((x) => x.id === id);
            if (c && !title) setTitle(t('surveys.perception.defaultTitle', { cycle: c.name }));
          }}
          data={[
            { value: '', label: t('surveys.perception.chooseCycle') },
            ...official.map((c) => ({ value: c.id, label: c.name })),
          ]}
          error={errors.cycleId}
          data-testid="perception-cycle"
        />
        <TextInput
          label={t('surveys.form.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          data-testid="perception-title"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField
            label={t('surveys.form.startsOn')}
            required
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            error={errors.startsOn}
          />
          <DateField
            label={t('surveys.form.endsOn')}
            required
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
            error={errors.endsOn}
            data-testid="perception-ends"
          />
          <NativeSelect
            label={t('surveys.form.instrument')}
            value={instrumentId}
            onChange={(e) => setInstrumentId(e.currentTarget.value)}
            data={
              perception.length
                ? perception.map((i) => ({ value: i.id, label: word(i.name) }))
                : [{ value: instrumentId, label: instrumentId }]
            }
            error={errors.instrumentId}
          />
        </SimpleGrid>
        <NumberInput
          label={t('surveys.perception.target')}
          description={t('surveys.perception.targetHint')}
          min={1}
          max={1000}
          value={target}
          onChange={setTarget}
          error={errors.targetPerGovernment}
          w={220}
          data-testid="perception-target"
        />
        <Checkbox.Group
          label={t('surveys.perception.governments')}
          value={governmentIds}
          onChange={setGovernmentIds}
          error={errors.governmentIds}
          data-testid="perception-governments"
        >
          <Stack gap={6} mt="xs">
            {cycleId && govs.length === 0 && <Text size="sm">{t('surveys.perception.noGovernments')}</Text>}
            {govs.map((g) => (
              <Checkbox
                key={g.id}
                value={g.id}
                label={`${g.name} (${t('surveys.perception.units', { n: g.unitCount })})`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {govs.length > 1 && (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setGovernmentIds(govs.map((g) => g.id))}>
              {t('surveys.perception.all')}
            </Button>
          </Group>
        )}
        {create.error && !Object.keys(fieldErrors(create.error)).length ? (
          <Alert color="red">{(create.error as Error).message}</Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} data-testid="perception-submit">
            {t('surveys.form.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
