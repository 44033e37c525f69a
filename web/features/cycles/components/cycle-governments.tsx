import { Accordion, Badge, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { Empty } from '../../../components/ui/empty';
import { keepEnterInMultiSelect } from '../../../lib/form-keys';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useAddGovernments,
  useOfficeGovernments,
  useRemoveGovernment,
  type CycleDetail,
  type CycleGovernment,
} from '../api/cycles-api';
import { useGovernmentFilter } from './government-filter';
import { GovernmentSample } from './government-sample';

interface Props {
  cycle: CycleDetail;
  canManage: boolean;
  canVerify: boolean;
}

/** "Pemerintah & sampel": the governments of the cycle, each with its sample and assessors. */
export function CycleGovernments({ cycle, canManage, canVerify }: Props) {
  const { t } = useTranslation();
  const planning = cycle.status === 'planning';
  const options = useOfficeGovernments(canManage && planning);
  const add = useAddGovernments(cycle.id);
  const remove = useRemoveGovernment(cycle.id);
  const [picked, setPicked] = useState<string[]>([]);
  const [removing, setRemoving] = useState<CycleGovernment | null>(null);
  const { shown, bar, more } = useGovernmentFilter(cycle.governments, 'cycle-gov');
  const inCycle = new Set(cycle.governments.map((g) => g.id));
  const errors = fieldErrors(add.error);

  async function addPicked() {
    try {
      await add.mutateAsync(picked);
      notifySuccess(t('cycles.governmentsAdded', { count: picked.length }));
      setPicked([]);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  async function confirmRemove(g: CycleGovernment) {
    try {
      await remove.mutateAsync(g.id);
      notifySuccess(t('cycles.governmentRemoved', { name: g.name }));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    } finally {
      setRemoving(null);
    }
  }

  return (
    <Stack>
      {canManage && planning && (
        <form
          onKeyDown={keepEnterInMultiSelect}
          onSubmit={(e) => {
            e.preventDefault();
            void addPicked();
          }}
        >
          <Group align="flex-end">
            <MultiSelect
              label={t('cycles.addGovernments')}
              placeholder={t('cycles.addGovernmentsHint')}
              data={(options.data?.items ?? [])
                .filter((g) => g.officeId === cycle.officeId && !inCycle.has(g.id))
                .map((g) => ({ value: g.id, label: g.name }))}
              value={picked}
              onChange={setPicked}
              searchable
              w={{ base: '100%', sm: 460 }}
              error={Object.values(errors)[0]}
              data-testid="cycle-gov-select"
            />
            <Button
              type="submit"
              disabled={picked.length === 0}
              loading={add.isPending}
              data-testid="cycle-gov-add"
            >
              {t('common.add')}
            </Button>
          </Group>
        </form>
      )}
      {cycle.governments.length === 0 ? (
        <Empty
          title={t('cycles.noGovernments')}
          hint={canManage ? t('cycles.noGovernmentsHint') : undefined}
        />
      ) : (
        <>
          {bar}
          <Accordion
            variant="separated"
            multiple
            defaultValue={cycle.governments.length === 1 ? [cycle.governments[0]!.id] : []}
          >
            {shown.map((g) => (
              <Accordion.Item key={g.id} value={g.id} data-testid={`cycle-gov-${g.id}`}>
                <Accordion.Control>
                  <Group justify="space-between" pr="md">
                    <Stack gap={0}>
                      <Text fw={600}>{g.name}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`governmentType.${g.type}`, { defaultValue: g.type })} ·{' '}
                        {t('cycles.sampleCounts', { units: g.unitCount, products: g.productCount })}
                      </Text>
                    </Stack>
                    <Group gap={4}>
                      {g.assessors.map((a) => (
                        <Badge key={a.userId} variant="outline" size="sm">
                          {a.name}
                        </Badge>
                      ))}
                    </Group>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Group mb="sm" gap="xs">
                    {canVerify && cycle.status !== 'planning' && (
                      <Button
                        component={Link}
                        to={`/cycles/${cycle.id}/governments/${g.id}/verification`}
                        size="xs"
                        variant="light"
                        data-testid={`open-verification-${g.id}`}
                      >
                        {t('cycles.openVerification')}
                      </Button>
                    )}
                    {cycle.status !== 'planning' && (
                      <Button
                        component={Link}
                        to={`/cycles/${cycle.id}/governments/${g.id}/progress`}
                        size="xs"
                        variant="default"
                      >
                        {t('cycles.openProgress')}
                      </Button>
                    )}
                    {cycle.kind === 'official' &&
                      (cycle.status === 'appeal' ||
                        cycle.status === 'final' ||
                        cycle.status === 'published') && (
                        <Button
                          component={Link}
                          to={`/cycles/${cycle.id}/governments/${g.id}/appeals`}
                          size="xs"
                          variant="default"
                          data-testid={`open-appeals-${g.id}`}
                        >
                          {t('cycles.openAppeals')}
                        </Button>
                      )}
                    {cycle.status !== 'planning' && (
                      <Button
                        component={Link}
                        to={`/cycles/${cycle.id}/governments/${g.id}/rapor`}
                        size="xs"
                        variant="default"
                        data-testid={`open-rapor-${g.id}`}
                      >
                        {t('cycles.openRapor')}
                      </Button>
                    )}
                    {canManage && planning && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        ml="auto"
                        onClick={() => setRemoving(g)}
                        data-testid={`cycle-gov-remove-${g.id}`}
                      >
                        {t('cycles.removeGovernment')}
                      </Button>
                    )}
                  </Group>
                  <GovernmentSample cycle={cycle} government={g} canManage={canManage} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
          {more}
        </>
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('cycles.removeGovernment')}
        message={t('cycles.removeGovernmentConfirm', { name: removing?.name ?? '' })}
        confirmLabel={t('common.remove')}
        danger
        loading={remove.isPending}
        onConfirm={() => removing && void confirmRemove(removing)}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
