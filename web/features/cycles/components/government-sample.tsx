import {
  ActionIcon,
  Badge,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryState } from '../../../components/ui/query-state';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useAssessorOptions,
  useChangeSample,
  useGovernmentUnitOptions,
  useSample,
  useUnitProductOptions,
  type CycleDetail,
  type CycleGovernment,
} from '../api/cycles-api';

interface Props {
  cycle: CycleDetail;
  government: CycleGovernment;
  canManage: boolean;
}

/** One government's sample: units with their products, the default locus, and its assessors. */
export function GovernmentSample({ cycle, government, canManage }: Props) {
  const { t } = useTranslation();
  const sample = useSample(cycle.id, government.id);
  const change = useChangeSample(cycle.id, government.id);
  const planning = cycle.status === 'planning';
  const editable = canManage && planning;
  const [unitToAdd, setUnitToAdd] = useState('');
  const [productUnit, setProductUnit] = useState<string | null>(null);
  const [productToAdd, setProductToAdd] = useState('');
  const [confirmDefault, setConfirmDefault] = useState(false);
  const units = useGovernmentUnitOptions(government.id, editable);
  const products = useUnitProductOptions(editable ? productUnit : null);
  const assessorsEditable = canManage && cycle.status !== 'final' && cycle.status !== 'published';
  const assessorOptions = useAssessorOptions(cycle.id, assessorsEditable);
  const errors = fieldErrors(change.error);
  const sampled = new Set((sample.data?.units ?? []).map((u) => u.unitId));

  async function apply(c: Parameters<typeof change.mutateAsync>[0], done?: string) {
    try {
      await change.mutateAsync(c);
      if (done) notifySuccess(done);
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <QueryState isPending={sample.isPending} error={sample.error}>
      {sample.data && (
        <Stack gap="sm" data-testid={`sample-${government.id}`}>
          {editable && (
            <Group align="flex-end">
              <Button variant="light" onClick={() => setConfirmDefault(true)} data-testid="sample-default">
                {t('sample.default')}
              </Button>
              <NativeSelect
                label={t('sample.addUnit')}
                value={unitToAdd}
                onChange={(e) => setUnitToAdd(e.currentTarget.value)}
                data={[
                  { value: '', label: t('sample.pickUnit') },
                  ...(units.data?.items ?? [])
                    .filter((u) => !u.archivedAt && !sampled.has(u.id))
                    .map((u) => ({ value: u.id, label: u.name })),
                ]}
                error={errors.unitId}
                w={320}
                data-testid="sample-unit-select"
              />
              <Button
                variant="default"
                disabled={!unitToAdd}
                loading={change.isPending}
                onClick={() =>
                  void apply({ kind: 'addUnit', unitId: unitToAdd }).then(() => setUnitToAdd(''))
                }
                data-testid="sample-unit-add"
              >
                {t('common.add')}
              </Button>
            </Group>
          )}
          {sample.data.units.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="sample-empty">
              {t('sample.empty')}
            </Text>
          ) : (
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sample.unit')}</Table.Th>
                  <Table.Th>{t('sample.products')}</Table.Th>
                  <Table.Th>{t('sample.self')}</Table.Th>
                  {editable && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sample.data.units.map((u) => (
                  <Table.Tr key={u.unitId} data-testid={`sample-unit-${u.unitId}`}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {u.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`unitType.${u.type}`, { defaultValue: u.type })} ·{' '}
                        {t(`sector.${u.sector}`, { defaultValue: u.sector })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {u.products.map((p) => (
                          <Badge
                            key={p.productId}
                            variant="light"
                            rightSection={
                              editable ? (
                                <ActionIcon
                                  size="xs"
                                  variant="transparent"
                                  aria-label={t('sample.removeProduct', { name: p.name })}
                                  onClick={() =>
                                    void apply({ kind: 'removeProduct', productId: p.productId })
                                  }
                                  data-testid={`sample-product-remove-${p.productId}`}
                                >
                                  ×
                                </ActionIcon>
                              ) : undefined
                            }
                          >
                            {p.name}
                          </Badge>
                        ))}
                        {u.products.length === 0 && (
                          <Text size="xs" c="dimmed">
                            {t('sample.noProducts')}
                          </Text>
                        )}
                      </Group>
                      {editable && productUnit === u.unitId && (
                        <Group mt={4} gap={4} align="flex-end">
                          <NativeSelect
                            size="xs"
                            value={productToAdd}
                            onChange={(e) => setProductToAdd(e.currentTarget.value)}
                            data={[
                              { value: '', label: t('sample.pickProduct') },
                              ...(products.data?.items ?? [])
                                .filter((p) => !u.products.some((s) => s.productId === p.id))
                                .map((p) => ({ value: p.id, label: p.name })),
                            ]}
                            error={errors.productId}
                            aria-label={t('sample.pickProduct')}
                            data-testid="sample-product-select"
                          />
                          <Button
                            size="xs"
                            disabled={!productToAdd}
                            onClick={() =>
                              void apply({ kind: 'addProduct', productId: productToAdd }).then(() =>
                                setProductToAdd(''),
                              )
                            }
                            data-testid="sample-product-add"
                          >
                            {t('common.add')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={u.selfStatus === 'submitted' ? 'teal' : 'gray'} variant="light">
                        {t(`checklistStatus.${u.selfStatus}`)}
                      </Badge>
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => setProductUnit(productUnit === u.unitId ? null : u.unitId)}
                          >
                            {t('sample.addProduct')}
                          </Button>
                          <Tooltip label={t('sample.removeUnit')}>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              onClick={() => void apply({ kind: 'removeUnit', unitId: u.unitId })}
                              data-testid={`sample-unit-remove-${u.unitId}`}
                            >
                              {t('common.remove')}
                            </Button>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Paper withBorder p="sm">
            {assessorsEditable ? (
              <MultiSelect
                label={t(cycle.kind === 'internal' ? 'internal.workPlan.team' : 'sample.assessors')}
                data={(assessorOptions.data?.items ?? []).map((a) => ({
                  value: a.id,
                  label: `${a.name} (${a.email})`,
                }))}
                value={sample.data.assessors.map((a) => a.userId)}
                onChange={(ids) =>
                  void apply({ kind: 'assessors', userIds: ids }, t('sample.assessorsSaved'))
                }
                searchable
                error={Object.entries(errors).find(([k]) => k.startsWith('userIds'))?.[1]}
                data-testid="sample-assessors"
              />
            ) : (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t(cycle.kind === 'internal' ? 'internal.workPlan.team' : 'sample.assessors')}
                </Text>
                <Text size="sm" data-testid="sample-assessors-list">
                  {sample.data.assessors.map((a) => a.name).join(', ') || '—'}
                </Text>
              </Stack>
            )}
          </Paper>
          <ConfirmModal
            opened={confirmDefault}
            title={t('sample.default')}
            message={t('sample.defaultConfirm', { count: cycle.productsPerUnit })}
            confirmLabel={t('sample.default')}
            loading={change.isPending}
            onConfirm={() =>
              void apply({ kind: 'default' }, t('sample.defaultDone')).then(() => setConfirmDefault(false))
            }
            onClose={() => setConfirmDefault(false)}
          />
        </Stack>
      )}
    </QueryState>
  );
}
