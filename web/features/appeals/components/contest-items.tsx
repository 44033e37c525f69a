import { Button, FileInput, Group, Modal, NativeSelect, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useContestable,
  useCreateAppeal,
  useSampleUnits,
  type Appeal,
  type ContestableItem,
} from '../api/appeals-api';

const ENTITY = 'entity';

function AppealForm({ item, onDone }: { item: ContestableItem; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateAppeal();
  const [reason, setReason] = useState('');
  const [requested, setRequested] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const errors = fieldErrors(create.error);
  const options = [{ value: '', label: '—' }];
  for (let v = item.scale.min; v <= item.scale.max; v++) options.push({ value: String(v), label: String(v) });

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await create.mutateAsync({
        answerId: item.answerId,
        reason,
        requestedValue: requested === '' ? undefined : Number(requested),
        files,
      });
      notifySuccess(t('appeals.created'));
      onDone();
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {item.indicator} —{' '}
          {t('appeals.verifiedNow', {
            value: item.verified?.na ? t('checklist.naShort') : (item.verified?.value ?? '—'),
          })}
        </Text>
        <Textarea
          label={t('appeals.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={3}
          required
          error={errors.reason}
          data-testid="appeal-form-reason"
        />
        <NativeSelect
          label={t('appeals.requestedValue')}
          value={requested}
          onChange={(e) => setRequested(e.currentTarget.value)}
          data={options}
          error={errors.requestedValue}
          data-testid="appeal-form-value"
        />
        <FileInput
          label={t('appeals.files')}
          multiple
          value={files}
          onChange={setFiles}
          accept="application/pdf,image/png,image/jpeg,image/webp"
          clearable
          data-testid="appeal-form-files"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="appeal-form-submit">
            {t('appeals.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The coordinator's side: verified items of a unit (or the entity level) with "Ajukan banding". */
export function ContestItems({
  cycleId,
  governmentId,
  appeals,
}: {
  cycleId: string;
  governmentId: string;
  appeals: Appeal[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const sample = useSampleUnits(cycleId, governmentId);
  const [unit, setUnit] = useState('');
  const [contesting, setContesting] = useState<ContestableItem | null>(null);
  const units = sample.data?.units ?? [];
  const selected = unit || units[0]?.unitId || ENTITY;
  const items = useContestable(cycleId, selected === ENTITY ? { governmentId } : { unitId: selected });
  const open = new Set(appeals.filter((a) => a.status === 'open').map((a) => a.answerId));
  const verified = (items.data?.items ?? []).filter((i) => i.verified && i.verified.status !== 'pending');
  // Nothing to contest where the assessor kept the unit's own value.
  const unchanged = (i: ContestableItem) =>
    i.verified !== null && i.verified.na === i.selfNa && (i.selfNa || i.verified.value === i.selfValue);
  const shown = (v: ContestableItem['verified']) => (v?.na ? t('checklist.naShort') : (v?.value ?? '—'));

  return (
    <Stack>
      <NativeSelect
        label={t('verification.unit')}
        value={selected}
        onChange={(e) => setUnit(e.currentTarget.value)}
        data={[
          ...units.map((u) => ({ value: u.unitId, label: u.name })),
          { value: ENTITY, label: t('selfProgress.entityLevel') },
        ]}
        w={{ base: '100%', sm: 420 }}
        data-testid="contest-unit"
      />
      <QueryState isPending={items.isPending} error={items.error}>
        <Table.ScrollContainer minWidth={700}>
          <Table data-testid="contest-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('verification.indicator')}</Table.Th>
                <Table.Th>{t('verification.selfValue')}</Table.Th>
                <Table.Th>{t('verification.verifiedValue')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {verified.map((i) => (
                <Table.Tr key={i.answerId} data-testid={`contest-row-${i.answerId}`}>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {i.indicator}
                      {i.productName ? ` · ${i.productName}` : ''}
                    </Text>
                    <Text size="sm">{i.name[lang]}</Text>
                    {i.verified?.reason && (
                      <Text size="xs" c="orange">
                        {i.verified.reason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{i.selfNa ? t('checklist.naShort') : (i.selfValue ?? '—')}</Table.Td>
                  <Table.Td fw={700}>{shown(i.verified)}</Table.Td>
                  <Table.Td>
                    {open.has(i.answerId) ? (
                      <Text size="xs" c="orange">
                        {t('appeals.status.open')}
                      </Text>
                    ) : unchanged(i) ? (
                      <Text size="xs" c="dimmed" data-testid={`contest-same-${i.answerId}`}>
                        {t('appeals.sameAsSelf')}
                      </Text>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="orange"
                        onClick={() => setContesting(i)}
                        data-testid={`contest-${i.answerId}`}
                      >
                        {t('appeals.contest')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
      <Modal
        opened={contesting !== null}
        onClose={() => setContesting(null)}
        title={t('appeals.contest')}
        size="lg"
      >
        {contesting && <AppealForm item={contesting} onDone={() => setContesting(null)} />}
      </Modal>
    </Stack>
  );
}
