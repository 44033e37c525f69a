import { Badge, Drawer, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FOLLOWUP_KIND_LABELS } from '../../../../shared/followups/kinds';
import type { GovernmentTaat, TaatOutcome } from '../../../../shared/contracts/taat';
import { useFormat } from '../../../lib/format';

const OUTCOME_COLOR: Record<TaatOutcome, string> = {
  on_time: 'teal',
  late: 'orange',
  overdue: 'red',
  awaiting_verification: 'blue',
  not_due: 'gray',
  no_due_date: 'gray',
  not_counted_kind: 'gray',
  not_issued: 'gray',
};

/** Taat explained: the figure, why, the rule (Patuh's defaults marked) and every item's verdict. */
export function TaatDrawer({
  taat,
  opened,
  onClose,
}: {
  taat: GovernmentTaat | undefined;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const format = useFormat('WIB');
  const rule = taat?.rule;
  const kindLabel = (k: keyof typeof FOLLOWUP_KIND_LABELS) => FOLLOWUP_KIND_LABELS[k][lang];
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title={t('taat.drawer.title')}>
      {taat && rule && (
        <Stack data-testid="taat-drawer">
          <div>
            <Title order={5}>{t('taat.drawer.figure')}</Title>
            <Text fz={28} fw={800} data-testid="taat-drawer-share">
              {taat.share === null ? '—' : format.percent(taat.share)}
            </Text>
            <Text size="sm">
              {taat.counted === 0
                ? t('taat.noneCounted')
                : t('taat.ofCounted', { onTime: taat.onTime, counted: taat.counted })}{' '}
              · {t('taat.asOf', { date: format.date(taat.asOf) })}
            </Text>
          </div>
          <div>
            <Title order={5}>{t('taat.drawer.reasons')}</Title>
            <List size="sm" data-testid="taat-reasons">
              {taat.reasons.map((r) => (
                <List.Item key={r.code}>{t(`taat.reason.${r.code}`, { count: r.count ?? 0 })}</List.Item>
              ))}
            </List>
          </div>
          <div data-testid="taat-rule">
            <Title order={5}>{t('taat.drawer.rule', { version: rule.version })}</Title>
            <Text size="sm" fw={600}>
              {rule.name[lang]}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('taat.drawer.kinds', { kinds: rule.kinds.map(kindLabel).join(', ') })}</List.Item>
              <List.Item>{t('taat.drawer.onTime', { zone: rule.timeZone })}</List.Item>
              <List.Item>
                {rule.withoutDueDate.mode === 'implied'
                  ? t('taat.drawer.impliedDue', { days: rule.withoutDueDate.days })
                  : t('taat.drawer.excludedNoDue')}
              </List.Item>
              <List.Item>
                {t('taat.drawer.threshold', {
                  threshold: format.percent(rule.qualifier.thresholdPercent),
                  min: rule.qualifier.minCounted,
                })}
              </List.Item>
            </List>
            <Stack gap={6} mt="xs">
              {rule.notes.map((n) => (
                <Text key={n.id} size="xs" c="dimmed" component="div">
                  {n.patuhDefault && (
                    <Badge size="xs" variant="outline" mr={4}>
                      {t('taat.drawer.patuhDefault')}
                    </Badge>
                  )}
                  {n[lang]} {t('taat.drawer.source', { source: n.source })}
                </Text>
              ))}
            </Stack>
          </div>
          <div>
            <Title order={5}>{t('taat.drawer.perKind')}</Title>
            <Table.ScrollContainer minWidth={320}>
              <Table data-testid="taat-per-kind">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('taat.drawer.kind')}</Table.Th>
                    <Table.Th ta="right">{t('taat.drawer.counted')}</Table.Th>
                    <Table.Th ta="right">{t('taat.drawer.onTimeCol')}</Table.Th>
                    <Table.Th ta="right">{t('taat.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rule.kinds.map((k) => {
                    const c = taat.perKind[k];
                    return (
                      <Table.Tr key={k}>
                        <Table.Td>{kindLabel(k)}</Table.Td>
                        <Table.Td ta="right">{c?.counted ?? 0}</Table.Td>
                        <Table.Td ta="right">{c?.onTime ?? 0}</Table.Td>
                        <Table.Td ta="right">{c?.share == null ? '—' : format.percent(c.share)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </div>
          <div>
            <Title order={5}>{t('taat.drawer.items')}</Title>
            {taat.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('taat.drawer.none')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table data-testid="taat-items" fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('taat.drawer.kind')}</Table.Th>
                      <Table.Th>{t('taat.drawer.action')}</Table.Th>
                      <Table.Th>{t('taat.drawer.due')}</Table.Th>
                      <Table.Th>{t('taat.drawer.answered')}</Table.Th>
                      <Table.Th>{t('taat.drawer.outcomeCol')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {taat.items.map((item) => (
                      <Table.Tr
                        key={item.id}
                        data-testid={`taat-item-${item.id}`}
                        data-outcome={item.outcome}
                      >
                        <Table.Td>{kindLabel(item.kind)}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{item.action}</Text>
                          {item.unitName && (
                            <Text size="xs" c="dimmed">
                              {item.unitName}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {item.due ? format.date(item.due) : '—'}
                          {item.dueImplied && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              ({t('taat.drawer.implied')})
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{item.answerOn ? format.date(item.answerOn) : '—'}</Table.Td>
                        <Table.Td>
                          <Badge color={OUTCOME_COLOR[item.outcome]} variant="light" size="sm">
                            {t(`taat.outcome.${item.outcome}`)}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {taat.hiddenItems > 0 && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('taat.drawer.hidden', { count: taat.hiddenItems })}
              </Text>
            )}
          </div>
        </Stack>
      )}
    </Drawer>
  );
}
