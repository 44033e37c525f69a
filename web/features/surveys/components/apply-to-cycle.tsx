import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useApplyToCycle, type PeriodDetail } from '../api/surveys-api';

/** "Terapkan ke siklus": the perception results set the cycle's perception indicators (data mapping). */
export function ApplyToCycle({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const apply = useApplyToCycle(period.id);
  const names = new Map(period.units.map((u) => [u.governmentId, u.governmentName]));
  return (
    <Stack gap="sm" data-testid="apply-to-cycle">
      <Text size="sm">{t('surveys.apply.hint', { cycle: period.cycleName ?? '' })}</Text>
      <div>
        <Button
          loading={apply.isPending}
          onClick={() =>
            apply.mutate(undefined, {
              onSuccess: () => notifySuccess(t('surveys.apply.done')),
              onError: (e) => notifyError(e, t('common.saveFailed'), { withFields: true }),
            })
          }
          data-testid="apply-button"
        >
          {t('surveys.apply.button')}
        </Button>
      </div>
      {apply.data && (
        <Table.ScrollContainer minWidth={320}>
          <Table data-testid="apply-result">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.government')}</Table.Th>
                <Table.Th>{t('surveys.apply.indicator')}</Table.Th>
                <Table.Th ta="right">{t('surveys.apply.interviews')}</Table.Th>
                <Table.Th ta="right">{t('surveys.apply.share')}</Table.Th>
                <Table.Th ta="right">{t('surveys.apply.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {apply.data.applied.map((a) => (
                <Table.Tr key={`${a.governmentId}-${a.indicator}`}>
                  <Table.Td>{names.get(a.governmentId) ?? a.governmentId}</Table.Td>
                  <Table.Td>{a.indicator}</Table.Td>
                  <Table.Td ta="right">{f.number(a.interviews)}</Table.Td>
                  <Table.Td ta="right">{f.percent(a.share, 1)}</Table.Td>
                  <Table.Td ta="right">{f.number(a.value)}</Table.Td>
                </Table.Tr>
              ))}
              {(apply.data.skipped ?? []).map((a) => (
                <Table.Tr key={`skip-${a.governmentId}-${a.indicator}`} data-testid="apply-skipped">
                  <Table.Td>{names.get(a.governmentId) ?? a.governmentId}</Table.Td>
                  <Table.Td>{a.indicator}</Table.Td>
                  <Table.Td colSpan={3}>{t('surveys.apply.skipped')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
